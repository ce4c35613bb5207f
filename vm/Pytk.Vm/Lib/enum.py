"""Enumerations (pytk's own implementation: Enum, IntEnum, StrEnum, Flag-less; auto, unique)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'auto', 'unique']


class auto:
    """Placeholder resolved when the class is made: the last integer value plus one (1 for the first)."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or key.startswith('_' + cls + '__'):
                continue
            if _is_descriptor(value) or isinstance(value, type):
                continue
            member_names.append(key)
        values = {k: classdict.pop(k) for k in member_names}
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        base_enum = None
        for b in bases:
            for c in b.__mro__:
                if isinstance(c, EnumType) and c._member_names_:
                    raise TypeError(f"<enum {cls!r}> cannot extend <enum {c.__name__!r}>")
        member_type = object
        for c in enum_class.__mro__[1:]:
            if c is not object and not isinstance(c, EnumType):
                member_type = c
                break
        # A data type's own __repr__/__str__/__format__ (int's, say) would shadow Enum's through the MRO;
        # the enum's versions win unless the class itself defines them.
        first_enum = next((c for c in enum_class.__mro__[1:] if isinstance(c, EnumType)), None)
        if first_enum is not None:
            for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if meth in classdict:
                    continue
                found = getattr(enum_class, meth)
                if found is getattr(object, meth) or (member_type is not object and found is getattr(member_type, meth)):
                    type.__setattr__(enum_class, meth, getattr(first_enum, meth))
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        previous = []
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, len(enum_class._member_names_), previous[:])
            previous.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            existing = None
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
            if existing is not None:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                continue
            if '__new__' in classdict:
                member = classdict['__new__'](enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            if any('__init__' in c.__dict__ for c in enum_class.__mro__ if isinstance(c, EnumType)):
                member.__init__(*args)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError("enum functional API is not supported by pytk")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(m._value_ == value for m in cls._member_map_.values())

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        v = self._member_type_.__repr__(self) if self._member_type_ is not object else repr(self._value_)
        return f"<{type(self).__name__}.{self._name_}: {v}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Members keep their data type's str() and format()."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    __eq__ = int.__eq__
    __ne__ = int.__ne__
    __hash__ = int.__hash__


class StrEnum(str, ReprEnum):
    __eq__ = str.__eq__
    __ne__ = str.__ne__
    __hash__ = str.__hash__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
