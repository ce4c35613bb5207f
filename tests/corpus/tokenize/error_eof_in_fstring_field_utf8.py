warnings.warn(f"modulé {__name__!r} {x
