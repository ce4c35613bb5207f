"""The base class of every AST node (the classes themselves are generated into _ast.py from Ast.def).

Construction follows CPython 3.13: positional arguments fill _fields in order, keywords fill any field or
attribute, list fields default to [], optional fields to None, expr_context to Load(); a missing required
field or an unknown keyword is a DeprecationWarning (an error from 3.15), not a TypeError.
"""


class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    _field_kinds = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        positional = fields[:len(args)]
        for name, value in kwargs.items():
            if name in positional:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            if name not in fields and name not in cls._attributes:
                _warn(f"{cls.__name__}.__init__ got an unexpected keyword argument {name!r}. "
                      f"Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.")
            setattr(self, name, value)
        kinds = cls._field_kinds
        for i in range(len(fields) - 1, -1, -1):
            name = fields[i]
            if name in self.__dict__:
                continue
            kind = kinds[i] if i < len(kinds) else ''
            if kind == '*':
                setattr(self, name, [])
            elif kind == '?':
                setattr(self, name, None)
            elif kind == 'ctx':
                import _ast
                setattr(self, name, _ast.Load())
            else:
                _warn(f"{cls.__name__}.__init__ missing 1 required positional argument: {name!r}. "
                      f"This will become an error in Python 3.15.")

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)

    def __replace__(self, **kwargs):
        cls = type(self)
        for name in kwargs:
            if name not in cls._fields and name not in cls._attributes:
                raise TypeError(f"{cls.__name__}.__replace__ got an unexpected keyword argument {name!r}.")
        values = {}
        for name in cls._fields + cls._attributes:
            if name in kwargs:
                values[name] = kwargs[name]
            elif name in self.__dict__:
                values[name] = self.__dict__[name]
        return cls(**values)


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)
