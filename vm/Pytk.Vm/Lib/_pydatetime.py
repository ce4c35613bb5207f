"""_pydatetime (pytk): CPython's name for its pure-Python datetime; pytk's datetime is Python already, so this
re-exports it (with its private helpers) for code that imports the pure implementation by name."""

import datetime as _dt

globals().update({k: v for k, v in vars(_dt).items() if not k.startswith('__')})
__all__ = _dt.__all__ if hasattr(_dt, '__all__') else [k for k in vars(_dt) if not k.startswith('_')]
