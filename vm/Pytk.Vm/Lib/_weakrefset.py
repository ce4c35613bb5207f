"""_weakrefset (pytk): WeakSet lives in weakref; this is the module name CPython's code imports it from."""

from weakref import WeakSet

__all__ = ['WeakSet']
