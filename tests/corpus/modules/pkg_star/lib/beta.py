__all__ = ["B", "twice"]
B = "beta"
def twice(x):
    return 2 * x
def hidden():
    pass
