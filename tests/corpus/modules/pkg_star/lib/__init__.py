__all__ = ["alpha", "beta", "VERSION"]
VERSION = "1.0"
_private = 1
def __getattr__(name):
    if name == "lazy_attr":
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
