"""Enumerations (pytk's own implementation: Enum, IntEnum, StrEnum, Flag, IntFlag; auto, unique; the functional API)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'member', 'nonmember', 'verify', 'EnumCheck',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'global_enum', 'show_flag_values', 'pickle_by_enum_name',
           'pickle_by_global_name', 'global_flag_repr', 'global_enum_repr', 'global_str']


class FlagBoundary:
    """How a Flag treats values with bits no member has (CPython's FlagBoundary, kept as plain strings)."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP
_no_arg = object()


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _flag_bin(num, max_bits):
    """The `0b0 0111` form of CPython's Flag error messages: a sign digit, a space, then the bits."""
    width = max(num.bit_length(), max_bits)
    if num < 0:
        return '0b1 ' + format(num + (1 << (width + 1)), 'b')[-width:]
    return '0b0 ' + format(num, '0%db' % width)


class _AutoNull:
    """An auto() that has no value yet."""

    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder resolved when the class is made: the last integer value plus one (1 for the first)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


import builtins as _builtins


class property(_builtins.property):
    """An enum's per-member attribute (name, value, and any defined with @enum.property): on a member it calls
    its getter; on the class it gives the member of that name, if one had to share the name, and otherwise
    raises AttributeError, so members and attributes of the same name can coexist."""

    member = None
    name = None
    from_value = False

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
        if self.fget is not None:
            return self.fget(instance)
        if self.from_value:
            return getattr(instance._value_, self.name)
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f'{ownerclass!r} member has no attribute {self.name!r}') from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError(f'<enum {self.clsname!r}> cannot set attribute {self.name!r}')

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError(f'<enum {self.clsname!r}> cannot delete attribute {self.name!r}')

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class member:
    """Forces value to become a member even when it would not (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps value out of the members even when it would become one."""

    def __init__(self, value):
        self.value = value


def _iter_bits_lsb(num):
    """The set bits of num, one power of two at a time, lowest first."""
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _is_private(cls_name, name):
    """Whether name is mangled private to the class (`_Cls__x`, not ending in two underscores)."""
    prefix = '_%s__' % cls_name
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_internal_class(cls_name, obj):
    """Whether obj is a class defined in the enum's own body (a nested class: not a member)."""
    if not isinstance(obj, type):
        return False
    nested = cls_name + '.' + getattr(obj, '__name__', '')
    qualname = getattr(obj, '__qualname__', '')
    return qualname == nested or qualname.endswith('.' + nested)


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


class _EnumDict(dict):
    """The class-body namespace of an enum: resolves auto() as soon as it is assigned (so `AB = A | B` sees
    values) and refuses a member name defined twice."""

    # the sunder names an enum body may define (any other _x_ is reserved for Enum's own use)
    _ALLOWED_SUNDERS = frozenset({'_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                                  '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
                                  '_add_alias_', '_add_value_alias_'})

    def __init__(self, cls_name=None, bases=()):
        super().__init__()
        self._cls_name = cls_name
        self._bases = bases
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def update(self, members=(), **more):
        """Each item goes through __setitem__ (`vars().update(...)` in a class body defines members)."""
        if hasattr(members, 'keys'):
            for key in members.keys():
                self[key] = members[key]
        else:
            for key, value in members:
                self[key] = value
        for key, value in more.items():
            self[key] = value

    @_builtins.property
    def member_names(self):
        """The names assigned so far that become members, in order."""
        return list(self._member_names)

    def _generator(self):
        gen = dict.get(self, '_generate_next_value_')
        if gen is not None:
            return gen.__func__ if isinstance(gen, staticmethod) else gen
        for base in self._bases:
            for c in base.__mro__:
                if '_generate_next_value_' in c.__dict__:
                    return getattr(base, '_generate_next_value_')
        return None

    def __setitem__(self, key, value):
        if key == '__order__':
            key = '_order_'
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in self._ALLOWED_SUNDERS and not key.startswith('_repr_'):
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                if not isinstance(value, staticmethod):
                    value = staticmethod(value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
                self._ignore = names
        if key in self._ignore:
            super().__setitem__(key, value)
            return
        if isinstance(value, nonmember):
            is_member, value = False, value.value
        elif isinstance(value, member):
            is_member, value = True, value.value
        else:
            is_member = not (_is_dunder(key) or _is_sunder(key)
                             or (self._cls_name is not None and key.startswith('_' + self._cls_name + '__'))
                             or _is_descriptor(value) or _is_internal_class(self._cls_name or "", value))
        if is_member:
            if key in self._member_names or key in self:
                raise TypeError(f'{key!r} already defined as {dict.__getitem__(self, key)!r}')
            # auto() alone or as items of a tuple (`a = auto(), 'text'`) gets its value now; an auto()
            # assigned again keeps the value it got (an alias)
            single = isinstance(value, auto)
            items = (value,) if single else value
            if isinstance(items, tuple) and any(isinstance(v, auto) for v in items):
                gen = self._generator()
                resolved = []
                for v in items:
                    if isinstance(v, auto):
                        if gen is None:
                            resolved.append(v)
                            continue
                        if v.value is _auto_null:
                            v.value = gen(key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    resolved.append(v)
                if single:
                    value = resolved[0]
                else:
                    try:
                        value = type(items)(resolved)
                    except TypeError:
                        value = type(items)(*resolved)
            else:
                self._last_values.append(value)
            self._member_names.append(key)
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {dict.__getitem__(self, key)!r}')
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls, bases)

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        if isinstance(classdict, _EnumDict):
            for key in classdict._ignore + ['_ignore_']:
                dict.pop(classdict, key, None)
        member_names = []
        for key, value in list(classdict.items()):
            if isinstance(classdict, _EnumDict):
                if key in classdict._member_names:
                    member_names.append(key)
                continue
            if _is_dunder(key) or _is_sunder(key) or key.startswith('_' + cls + '__'):
                continue
            if _is_descriptor(value) or _is_internal_class(cls, value):
                continue
            member_names.append(key)
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        values = {k: classdict.pop(k) for k in member_names}
        order = classdict.pop('_order_', None)
        if '_value_repr_' not in classdict:
            dict.__setitem__(classdict, '_value_repr_', metacls._find_data_repr_(cls, bases))
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        base_enum = None
        for b in bases:
            for c in b.__mro__:
                if isinstance(c, EnumType) and c._member_names_:
                    raise TypeError(f"<enum {cls!r}> cannot extend <enum {c.__name__!r}>")
        # A data type's own __repr__/__str__/__format__ (int's, say) would shadow Enum's through the MRO;
        # the enum's versions win unless the class itself defines them.
        if ReprEnum is not None and ReprEnum in bases:
            # a ReprEnum keeps its data type's str() and format()
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method
        if first_enum is not None:
            for meth in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if meth in classdict:
                    continue
                found = getattr(enum_class, meth)
                if found is getattr(object, meth) or (member_type is not object and found is getattr(member_type, meth)):
                    source = next((c for c in enum_class.__mro__[1:] if isinstance(c, EnumType) and meth in c.__dict__), first_enum)
                    type.__setattr__(enum_class, meth, source.__dict__.get(meth, getattr(first_enum, meth)))
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        type.__setattr__(enum_class, '_new_member_', new_member)
        # Enum.__new__ (the value lookup) tells a super().__new__ call made while the members are created
        in_progress = '_%s__in_progress' % cls
        type.__setattr__(enum_class, in_progress, True)
        is_flag = any(c.__dict__.get('_is_flag_base_') for c in enum_class.__mro__)
        if boundary is not None:
            enum_class._boundary_ = boundary
        previous = []
        for count, name in enumerate(member_names):
            value = values[name]
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, count, previous[:])
            previous.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            member = new_member(enum_class, *args) if use_args else new_member(enum_class)
            if not hasattr(member, '_value_'):
                if member_type is object or not use_args:
                    member._value_ = value
                else:
                    try:
                        member._value_ = member_type(*args)
                    except Exception as exc:
                        raise TypeError('_value_ not set in __new__, unable to create it') from exc
            member._name_ = name
            member.__objclass__ = enum_class
            if any('__init__' in c.__dict__ for c in enum_class.__mro__ if isinstance(c, EnumType)):
                member.__init__(*args)
            # a member whose value (as made by __new__: str(3) for a str enum) equals an earlier member's is
            # an alias of that member
            try:
                existing = enum_class._value2member_map_.get(member._value_)
            except TypeError:
                existing = next((m for m in enum_class._member_map_.values() if m._value_ == member._value_), None)
            if existing is not None:
                enum_class._add_member_(name, existing)
                continue

            # A Flag member whose value is zero or has several bits is an alias: not iterated, not canonical.
            if not is_flag or _is_single_bit(member._value_):
                enum_class._member_names_.append(name)
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            enum_class._add_member_(name, member)
        type.__delattr__(enum_class, in_progress)
        if order is not None:
            # _order_ names the canonical members in definition order (aliases and a Flag's multi-bit members
            # may be listed or not)
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            members = enum_class._member_map_
            order = [o for o in order if o not in members or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        # the class's own __new__ made the members; calling the class looks a value up (Enum.__new__)
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if is_flag and Flag is not None:
            # a data type before Flag in the MRO (int's | & ^ ~) must not take the flag operators' place
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        if is_flag:
            mask = singles = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
                    if _is_single_bit(m._value_):
                        singles |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._singles_mask_ = singles
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1
        return enum_class

    def __call__(cls, value, names=_no_arg, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if not cls._member_map_:
            # no members: the functional API, making a new enum
            if names is _no_arg and type is None:
                raise TypeError(f"{cls} has no members; specify `names=()` if you meant to create a new, empty, enum")
            return cls._create_(value, () if names is _no_arg or names is None else names, module=module,
                                qualname=qualname, type=type, start=start, boundary=boundary)
        if names is not _no_arg:
            value = (value, names) + values
        return cls.__new__(cls, value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """The data type the members are instances of (object when none) and the enum the class extends (its
        last base, which must be an enum)."""
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return metacls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        """The one data type among the bases' MROs: a class with its own __new__ (or a dataclass), or the
        data type an enum base already has; a plain mixin before it stands for it. Two are an error."""
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        """The __new__ that makes the members (the class's own, an enum base's, the data type's, or
        object's), whether it is saved as __new_member__, and whether it takes the member's value."""
        new = classdict.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = [None, object.__new__] + ([Enum.__new__] if Enum is not None else [])
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is p for p in plain):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        """The repr of the members' values: the data type's own __repr__ (a dataclass's field repr), the one
        an enum base uses, or None for repr()."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_', base._value_repr_ if hasattr(base, '_value_repr_') else None)
                if '__repr__' in base.__dict__:
                    params = base.__dict__.get('__dataclass_params__')
                    if '__dataclass_fields__' in base.__dict__ and params is not None and params.repr:
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                       '__members__', '__module__', '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Color', 'RED GREEN'), Enum('Shape', [('SQ', 4)]), Enum('C', {'a': 1})."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, dict) or hasattr(names, 'keys'):
            items = [(k, names[k]) for k in names]
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                last = []
                for count, name in enumerate(names):
                    value = cls._generate_next_value_(name, start, count, last[:])
                    last.append(value)
                    items.append((name, value))
            else:
                items = [tuple(item) for item in names]
        if module is None:
            import sys as _sys
            try:
                depth = 2 if _sys._getframe(1).f_code.co_name == '__call__' else 1
                module = _sys._getframe(depth).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = '__main__'
        # the class statement's namespace, so auto() values resolve in order as they would in a class body
        classdict = metacls.__prepare__(class_name, bases)
        classdict['__module__'] = module
        classdict['__qualname__'] = qualname if qualname is not None else class_name
        for name, value in items:
            classdict[name] = value
        if boundary is not None:
            return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def _add_member_(cls, name, member):
        """Binds name to member on the class (an alias when the member has another name already)."""
        if name in cls._member_map_:
            if cls._member_map_[name] is not member:
                raise NameError('%r is already bound: %r' % (name, cls._member_map_[name]))
            return
        # a member named like an attribute a base defines (an enum.property such as `name`, or a descriptor
        # of a mixin or the data type, such as int.numerator or str.title) must not hide it on the members: the
        # class gets a property that gives the member on the class and the attribute on members (through the
        # members' values for the data type's)
        inherited = None
        for c in cls.__mro__[1:]:
            attr = c.__dict__.get(name)
            if isinstance(attr, property):
                inherited = attr
                break
            if attr is not None and inherited is None and _is_descriptor(attr):
                inherited = attr
        if inherited is not None:
            fget = getattr(inherited, 'fget', None)
            shared = property(fget, getattr(inherited, 'fset', None), getattr(inherited, 'fdel', None),
                              getattr(inherited, '__doc__', None))
            shared.name, shared.clsname, shared.member = name, cls.__name__, member
            shared.from_value = fget is None and not isinstance(inherited, property)
            type.__setattr__(cls, name, shared)
        else:
            type.__setattr__(cls, name, member)
        cls._member_map_[name] = member

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum of type cls named name, made from the constants of module (or of the object source) whose
        names pass filter, ordered by value (by name when the values do not compare, so the first name of
        equal values is the canonical one); it and its members are put in the module."""
        import sys as _sys
        module_globals = _sys.modules[module].__dict__
        found = [(k, v) for k, v in (source.__dict__ if source else module_globals).items() if filter(k)]
        try:
            found.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            found.sort(key=lambda item: item[0])
        body = dict(found)
        body['__module__'] = module
        new = _simple_enum(etype=cls, boundary=boundary or KEEP)(type(name, (object,), body))
        if as_global:
            global_enum(new)
        else:
            _sys.modules[new.__module__].__dict__.update(new.__members__)
        module_globals[name] = new
        return new

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

    @_builtins.property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if any(c.__dict__.get('_is_flag_base_') for c in cls.__mro__) else 'enum'
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType


def _dataclass_repr(self):
    """A dataclass value's repr inside an enum member's: its fields, without the class name's own repr."""
    import dataclasses
    return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f.name, getattr(self, f.name))
                                                     for f in dataclasses.fields(self) if f.repr))


Enum = Flag = ReprEnum = None


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        # members are made with the class; calling the class (and unpickling) looks one up by value
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        if not cls._member_map_:
            if getattr(cls, '_%s__in_progress' % cls.__name__, False):
                raise TypeError('do not use `super().__new__; call the appropriate __new__ directly') from None
            raise TypeError('%r has no members defined' % cls)
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc, result = e, None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ == EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = not_valid
        raise exc

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
        v_repr = type(self)._value_repr_ or repr
        return f"<{type(self).__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def _add_alias_(self, name):
        """Makes name another name of this member."""
        type(self)._add_member_(name, self)

    def _add_value_alias_(self, value):
        """Makes value another value that looks this member up (Cls(value))."""
        cls = type(self)
        try:
            bound = cls._value2member_map_.get(value)
        except TypeError:
            bound = next((m for m in cls._member_map_.values() if m._value_ == value), None)
        if bound is not None:
            if bound is not self:
                raise ValueError('%r is already bound: %r' % (value, bound))
            return
        try:
            cls._value2member_map_.setdefault(value, self)
        except TypeError:
            pass

    def __dir__(self):
        if self._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in type(self).mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted(interesting)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Members keep their data type's str() and format() (set on each class that names ReprEnum as a base)."""


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


class Flag(Enum, boundary=STRICT):
    """Members combine with | & ^ ~; a combination with no name of its own is made on demand (a pseudo-member)."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count and not last_values:
            return start if start is not None else 1
        last = max(last_values)
        try:
            return 2 ** last.bit_length()
        except (AttributeError, TypeError):
            raise TypeError('invalid flag value %r' % last) from None

    _numeric_repr_ = repr

    @classmethod
    def _missing_(cls, value):
        """A composite (pseudo-member) for an int no member has: its members' names joined with '|', bits no
        member has kept, dropped, refused or returned as a plain int as the class's boundary says. A negative
        value stands for its complement within the members' bits."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask, singles_mask, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary == STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_flag_bin(value, max_bits)}\n"
                                 f"  allowed {_flag_bin(flag_mask, max_bits)}")
            if boundary == CONFORM:
                value &= flag_mask
            elif boundary == EJECT:
                return value
            elif boundary == KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        negative = None
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        multi = value & ~singles_mask
        singles = value & singles_mask
        if unknown and boundary != KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} [{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        if singles or multi:
            members = list(cls._iter_member_(singles))
            combined = 0
            for m in members:
                combined |= m._value_
            if multi:
                # named multi-bit members (aliases) cover bits no single-bit member has
                value = singles | multi
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            rest = value ^ combined
            if combined:
                pseudo._name_ = '|'.join(m._name_ for m in members)
                if rest and boundary == STRICT:
                    raise ValueError(f'{cls!r}: no members with value {rest!r}')
                if rest:
                    pseudo._name_ += '|' + cls._numeric_repr_(rest)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if isinstance(m._value_, int) and m._value_ & value == m._value_ and m._value_:
                yield m

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and {type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        v = (type(self)._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return f"<{cls_name}: {v}>"
        return f"<{cls_name}.{self._name_}: {v}>"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def _get_value(self, flag):
        if isinstance(flag, type(self)):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def _operand(self, other, op):
        """other's value for `self op other`; a member whose value is None cannot be combined."""
        value = self._get_value(other)
        if value is not NotImplemented:
            for flag in self, other:
                if self._get_value(flag) is None:
                    raise TypeError(f"'{flag}' cannot be combined with other flags with {op}")
        return value

    def __or__(self, other):
        v = self._operand(other, '|')
        return NotImplemented if v is NotImplemented else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other, '&')
        return NotImplemented if v is NotImplemented else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other, '^')
        return NotImplemented if v is NotImplemented else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._get_value(self) is None:
            raise TypeError(f"'{self}' cannot be inverted")
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)

    __hash__ = Enum.__hash__


# Flag's own marker (a sunder name no class body may define)
type.__setattr__(Flag, '_is_flag_base_', True)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag that is also an int: str() and format() are the int's."""
    __eq__ = int.__eq__
    __ne__ = int.__ne__
    __hash__ = int.__hash__
    # int comes first in the MRO, so the flag operators must be named here to win over int's.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class EnumCheck:
    """The checks verify() can make (CPython's EnumCheck members, kept as plain strings)."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator: checks an enumeration against the given EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        enum_type = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check == UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if aliases:
                    details = ', '.join('%s -> %s' % pair for pair in aliases)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check == CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if is_flag:
                    for i in range(_high_bit(low) + 1, _high_bit(high)):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check == NAMED_FLAGS:
                member_names = enumeration._member_names_
                alias_names, missing_names, missing_value = [], [], 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in enumeration._value2member_map_]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, alias, value))
        return enumeration


def _high_bit(value):
    return value.bit_length() - 1


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: builds an enum of type etype from a plain class's public attributes (the members) and
    its other attributes, without the enum machinery running over the class body."""
    def convert(cls):
        body = {}
        members = []
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or _is_internal_class(cls.__name__, value):
                body[key] = value
            else:
                members.append((key, value))
        namespace = EnumType.__prepare__(cls.__name__, (etype,), **({'boundary': boundary} if boundary else {}))
        for key, value in body.items():
            namespace[key] = value
        for key, value in members:
            namespace[key] = value
        kwds = {'boundary': boundary} if boundary is not None else {}
        return EnumType(cls.__name__, (etype,), namespace, **kwds)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    """Raises TypeError listing the differences between an enum made by the class statement and one made by
    _simple_enum from the same definitions (no differences: returns None)."""
    failed = []
    if checked_enum.__dict__ is simple_enum.__dict__:
        return
    checked_keys = set(checked_enum.__dict__) - {'__module__', '_member_map_', '_value2member_map_', '__doc__',
                                                  '__annotations__', '__static_attributes__', '__firstlineno__'}
    simple_keys = set(simple_enum.__dict__) - {'__module__', '_member_map_', '_value2member_map_', '__doc__',
                                                '__annotations__', '__static_attributes__', '__firstlineno__'}
    for key in sorted(checked_keys ^ simple_keys):
        failed.append('missing key: %r' % (key,))
    for key in sorted(checked_keys & simple_keys):
        checked_value = checked_enum.__dict__[key]
        simple_value = simple_enum.__dict__[key]
        if callable(checked_value) or isinstance(checked_value, (staticmethod, classmethod, _EnumMemberDescr)):
            continue
        if key in checked_enum._member_map_:
            continue
        if checked_value != simple_value:
            failed.append('%r:  %r != %r' % (key, checked_value, simple_value))
    for name in checked_enum._member_map_:
        if name not in simple_enum._member_map_:
            failed.append('missing member: %r' % (name,))
            continue
        a, b = checked_enum._member_map_[name], simple_enum._member_map_[name]
        if a._value_ != b._value_:
            failed.append('%s value:  %r != %r' % (name, a._value_, b._value_))
    for name in simple_enum._member_map_:
        if name not in checked_enum._member_map_:
            failed.append('extra member: %r' % (name,))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))


class _EnumMemberDescr:
    pass


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """module.NAME for each name of the flag (module being the last part of the module's name); the number a
    KEEP flag adds for bits no member has stays as it is."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    keep = self._boundary_ == KEEP
    return '|'.join(n if keep and n[0].isdigit() else '%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: puts the members in their module's namespace and makes repr() show module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    import sys as _sys
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
