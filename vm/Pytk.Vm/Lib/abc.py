"""abc for pytk, written for pytk from the documented behaviour.

The metatype core is C# (`_abc`: computing __abstractmethods__ when a class is made, refusing to instantiate
an abstract class); virtual subclassing (register, __subclasshook__, the instance/subclass checks with a
cache invalidated by every register) is Python on top of it.
"""

from _abc import ABCMeta as _CoreABCMeta, abstractmethod

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

_invalidation = [0]


def get_cache_token():
    """The current ABC cache token: it changes whenever any ABC gets a new virtual subclass."""
    return _invalidation[0]


class ABCMeta(_CoreABCMeta):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # [registry, cache {class: bool}, cache token]
        cls._abc_impl = [[], {}, _invalidation[0]]
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass, so it can be a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl[0].append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls.__dict__.get('_abc_impl')
        if impl is None:
            return type.__subclasscheck__(cls, subclass)
        cache = impl[1]
        if impl[2] != _invalidation[0]:
            cache.clear()
            impl[2] = _invalidation[0]
        hit = cache.get(subclass)
        if hit is not None:
            return hit
        cache[subclass] = result = cls._abc_check(subclass)
        return result

    def _abc_check(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_impl[0]:
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if scls is not cls and issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl[0].clear()
        _invalidation[0] += 1

    def _abc_caches_clear(cls):
        cls._abc_impl[1].clear()


ABCMeta.__module__ = 'abc'


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod with abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod with abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated: use property with abstractmethod)."""
    __isabstractmethod__ = True


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
