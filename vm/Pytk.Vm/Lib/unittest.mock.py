"""unittest.mock (pytk's own implementation, the commonly used core): Mock/MagicMock/NonCallableMock (child
mocks, return_value, side_effect, spec, call recording and assert_* methods), call, ANY, sentinel, DEFAULT,
patch / patch.object / patch.dict / patch.multiple (decorators and context managers), PropertyMock, seal."""

import builtins
import contextlib
import functools
import importlib
import sys

__all__ = ['Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY',
           'call', 'create_autospec', 'FILTER_DIR', 'mock_open', 'PropertyMock', 'seal', 'AsyncMock']

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


class _Call(tuple):
    """A recorded call: (name, args, kwargs); call(...) builds one to compare with."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            v, = value
            if isinstance(v, str):
                name = v
            elif isinstance(v, tuple):
                args = v
            else:
                kwargs = v
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return None, args, kwargs
        return self

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                other_args, other_kwargs = (second, {}) if isinstance(second, tuple) else ((), second)
            else:
                other_name = ''
                other_args, other_kwargs = first, second
        elif len_other == 1:
            v, = other
            other_name, other_args, other_kwargs = '', (), {}
            if isinstance(v, str):
                other_name = v
            elif isinstance(v, tuple):
                other_args = v
            else:
                other_kwargs = v
        elif len_other == 0:
            other_name, other_args, other_kwargs = '', (), {}
        else:
            return False
        if self_name and other_name and self_name != other_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = f'{self._mock_name}.{attr}'
        return _Call(name=name, parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        parts = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
        return '%s(%s)' % (name, ', '.join(parts))

    def call_list(self):
        return _CallList([self])


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


_MAGICS = {'__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__', '__len__', '__iter__', '__exit__',
           '__complex__', '__float__', '__bool__', '__index__', '__hash__', '__str__', '__sizeof__', '__enter__',
           '__getitem__', '__setitem__', '__delitem__', '__add__', '__sub__', '__mul__', '__truediv__',
           '__floordiv__', '__mod__', '__pow__', '__and__', '__or__', '__xor__', '__lshift__', '__rshift__',
           '__neg__', '__pos__', '__abs__', '__invert__', '__round__', '__trunc__', '__floor__', '__ceil__',
           '__fspath__', '__eq__', '__ne__'}

_RETURN_DEFAULTS = {'__hash__': None, '__str__': None, '__sizeof__': None, '__fspath__': None,
                    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
                    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
                    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1}


class NonCallableMock:
    """A mock object: every attribute read makes (and remembers) a child mock; calls to children are recorded."""

    def __new__(cls, *args, **kw):
        # each instance gets its own class, so magic methods can be set per instance
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_class'] = None
        d['_spec_set'] = spec_set
        d['_mock_methods'] = None
        if spec is not None:
            self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        if isinstance(spec, (list, tuple)) and not isinstance(spec, type):
            methods = list(spec)
            cls = None
        else:
            cls = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
        d['_spec_class'] = cls
        d['_mock_methods'] = methods
        d['_spec_set'] = spec_set

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = self
        mock.__dict__['_mock_new_parent'] = self
        mock.__dict__['_mock_name'] = attribute
        mock.__dict__['_mock_new_name'] = attribute
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _is_mock(value):
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException) and \
                not (isinstance(value, type) and issubclass(value, BaseException)):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    called = property(lambda self: self._mock_called, lambda self, v: self.__dict__.__setitem__('_mock_called', v))
    call_count = property(lambda self: self._mock_call_count,
                          lambda self, v: self.__dict__.__setitem__('_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args,
                         lambda self, v: self.__dict__.__setitem__('_mock_call_args', v))
    call_args_list = property(lambda self: self._mock_call_args_list,
                              lambda self, v: self.__dict__.__setitem__('_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls,
                          lambda self, v: self.__dict__.__setitem__('_mock_mock_calls', v))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if _is_mock(child):
                child.reset_mock(return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if _is_mock(ret) and ret is not self:
            ret.reset_mock()

    def __getattr__(self, name):
        if name in ('_mock_methods', '_spec_class', '_spec_set', '_mock_children', '_mock_sealed'):
            raise AttributeError(name)
        d = self.__dict__
        methods = d.get('_mock_methods')
        if methods is not None:
            if name not in methods or name in _MAGICS and name not in type(self).__dict__:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not d.get('_mock_unsafe') and name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is meant '
                                 f'to be an attribute.')
        children = d['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            if d.get('_mock_sealed'):
                raise AttributeError(f'{self._extract_mock_name()}.{name}')
            wraps = None
            if d['_mock_wraps'] is not None:
                wraps = getattr(d['_mock_wraps'], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def _extract_mock_name(self):
        names = []
        m = self
        while m is not None:
            nm = m.__dict__.get('_mock_new_name') or m.__dict__.get('_mock_name')
            parent = m.__dict__.get('_mock_new_parent')
            if parent is None:
                names.append(m.__dict__.get('_mock_name') or 'mock')
                break
            names.append(nm if nm == '()' else '.' + nm if nm else '')
            m = parent
        names.reverse()
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__mro__[1].__name__, name_string, spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, m in self._mock_children.items() if m is not _deleted]
        return sorted(set(extras + from_type + from_dict + from_child))

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ('return_value', 'side_effect', 'called', 'call_count', 'call_args', 'call_args_list',
                    'mock_calls') or name.startswith('_mock_') or name.startswith('_spec_'):
            return object.__setattr__(self, name, value)
        if d.get('_spec_set') and d.get('_mock_methods') is not None and name not in d['_mock_methods'] and \
                name not in d:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS or (name.startswith('__') and name.endswith('__') and callable(value)):
            if not _is_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                setattr(type(self), name, _magic_caller(name))
                d['_mock_children'][name] = value
        elif d.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        if _is_mock(value) and name not in ('__class__',):
            if value.__dict__.get('_mock_parent') is None and value.__dict__.get('_mock_new_parent') is None:
                value.__dict__['_mock_parent'] = self
                value.__dict__['_mock_new_parent'] = self
                value.__dict__['_mock_name'] = name
                value.__dict__['_mock_new_name'] = name
            d['_mock_children'][name] = value
            return
        if name == '__class__':
            d['_spec_class'] = value
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in _MAGICS and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in d:
                return
        obj = d['_mock_children'].get(name, _missing)
        if name in d:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del d['_mock_children'][name]
        d['_mock_children'][name] = _deleted

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        if self.__dict__.get('_mock_sealed'):
            name = kw.get('name', '()')
            raise AttributeError(f'{self._extract_mock_name()}.{name}')
        return klass(**kw)

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return repr(_Call((name, args, kwargs)))[5:] if False else _format_call(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = _format_call(self._mock_name or 'mock', args, kwargs)
        actual = 'not called.'
        if self.call_args is not None:
            a, k = self.call_args
            actual = _format_call(self._mock_name or 'mock', a, k)
        return f'expected {action} not found.\nExpected: {expected}\n  Actual: {actual}'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times." %
                                 (self._mock_name or 'mock', self.call_count))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times." %
                                 (self._mock_name or 'mock', self.call_count))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = _format_call(self._mock_name or 'mock', args, kwargs)
            raise AssertionError(f'expected call not found.\nExpected: {expected}\n  Actual: not called.')
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times." %
                                 (self._mock_name or 'mock', self.call_count))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(f'Calls not found.\nExpected: {_CallList(expected)!r}\n  Actual: {all_calls!r}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead' %
                                 (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError('%s call not found' % _format_call(self._mock_name or 'mock', args, kwargs))


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


def _is_mock(obj):
    return isinstance(obj, NonCallableMock) or type(obj).__name__ == 'PropertyMock'


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        _call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = _call
        d['_mock_call_args_list'].append(_call)
        d['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        # record on the parents: method_calls (attribute path) and mock_calls
        names = []
        child = self
        name = d.get('_mock_new_name') or ''
        parent = d.get('_mock_new_parent')
        while parent is not None:
            if name != '()':
                names.insert(0, name)
            else:
                names.insert(0, '()')
            dotted = '.'.join(n for n in names if n != '()') if '()' not in names else None
            this_name = ''
            for n in names:
                this_name = this_name + n if n == '()' else (this_name + '.' + n if this_name else n)
            parent.__dict__['_mock_mock_calls'].append(_Call((this_name, args, kwargs)))
            if dotted is not None and child.__dict__.get('_mock_new_name') != '()':
                parent.__dict__['method_calls'].append(_Call((dotted, args, kwargs)))
            child = parent
            name = parent.__dict__.get('_mock_new_name') or ''
            parent = parent.__dict__.get('_mock_new_parent')

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock."""


class MagicMixin:
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        t = type(self)
        methods = self.__dict__.get('_mock_methods')
        for name in _MAGICS:
            if methods is not None and name not in methods:
                continue
            if name in t.__dict__:
                continue
            setattr(t, name, _magic_caller(name))


class _MagicProxy:
    def __init__(self, name):
        self.name = name

    def create_mock(self, obj):
        name = self.name
        m = obj._get_child_mock(name=name, parent=obj, _new_name=name, _new_parent=obj)
        if name in _RETURN_DEFAULTS:
            v = _RETURN_DEFAULTS[name]
            if name == '__hash__':
                m.return_value = object.__hash__(obj)
            elif name == '__str__':
                m.return_value = object.__str__(obj)
            elif name == '__sizeof__':
                m.return_value = object.__sizeof__(obj)
            elif name == '__fspath__':
                m.return_value = f'{type(obj).__name__}/{obj._extract_mock_name()}/{id(obj)}'
            else:
                m.return_value = v
        elif name == '__iter__':
            m.return_value = iter([])
        elif name == '__eq__':
            m.side_effect = lambda other: (obj is other) if m._mock_return_value is DEFAULT else DEFAULT
        elif name == '__ne__':
            m.side_effect = lambda other: (obj is not other) if m._mock_return_value is DEFAULT else DEFAULT
        elif name == '__enter__':
            pass
        obj.__dict__['_mock_children'][name] = m
        return m


def _magic_caller(name):
    """The function installed on a mock's class for magic method NAME: it calls the child mock (made on first
    use) without self, as a mock set as a class attribute is called."""
    def method(self, *args, **kw):
        m = self.__dict__['_mock_children'].get(name)
        if m is None:
            m = _MagicProxy(name).create_mock(self)
        return m(*args, **kw)
    method.__name__ = name
    return method


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    pass


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len() is 0, iter() empty, bool() True, ...)."""


class AsyncMock(MagicMock):
    pass


class PropertyMock(Mock):
    """A mock used as a property on a class: getting calls it with no arguments, setting with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_mock(m):
            continue
        if m.__dict__.get('_mock_new_parent') is mock:
            seal(m)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False, **kwargs):
    klass = MagicMock
    if isinstance(spec, type) or callable(spec):
        klass = MagicMock
    else:
        klass = NonCallableMagicMock
    m = klass(spec=spec, spec_set=spec_set, name=_name, **kwargs)
    if callable(spec) and not isinstance(spec, type):
        wrapped = spec

        def check(*args, **kw):
            import inspect
            try:
                inspect.signature(wrapped).bind(*args, **kw)
            except TypeError as e:
                raise TypeError(str(e)) from None
        m.__dict__['_mock_check_sig'] = check
        m._mock_check_sig = check
    return m


def mock_open(mock=None, read_data=''):
    import io
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock()
    handle.__enter__.return_value = handle
    data = {'text': read_data}

    def _reset(*args, **kw):
        stream = io.StringIO(data['text']) if isinstance(data['text'], str) else io.BytesIO(data['text'])
        handle.read.side_effect = stream.read
        handle.readline.side_effect = stream.readline
        handle.readlines.side_effect = stream.readlines
        handle.__iter__.side_effect = lambda: iter(stream.readlines())
        return DEFAULT
    _reset()
    mock.side_effect = _reset
    mock.return_value = handle
    return mock


# ---- patch ----------------------------------------------------------------------------------------------

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: _importer(target)), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, *,
                 unsafe=False):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set, self.autospec,
                   self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with contextlib.ExitStack() as stack:
                extra_args = []
                for patching in patched.patchings:
                    arg = stack.enter_context(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                args += tuple(extra_args)
                return func(*args, **keywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            Klass = MagicMock if new_callable is None else new_callable
            _kwargs = {}
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
        elif autospec is not None:
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, *,
          unsafe=False, **kwargs):
    """Replaces TARGET ('package.module.Name') with NEW (a MagicMock by default) during a call or a with block."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """Sets items of a dict (or a dict named by a string) during a call or a with block, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                attr_value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                    decorator = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, attr, decorator(attr_value))
            return f

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patch_ in reversed(_patch._active_patches):
        patch_.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
