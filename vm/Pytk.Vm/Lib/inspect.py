"""inspect for pytk, written for pytk from the documented behaviour.

Shipped as Python: predicates are isinstance/code-flag tests; signatures are read from a function's code
object (argument counts, names, flags), defaults and annotations, as CPython does for Python functions.
Built-in functions carry no signature text in pytk, so signature() refuses them with CPython's ValueError.
"""

import sys as _sys
import types as _types
import enum as _enum
from collections import OrderedDict as _OrderedDict, namedtuple as _namedtuple

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# -- predicates -----------------------------------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def ismethodwrapper(object):
    """A bound slot method of a built-in type (`object().__str__`)."""
    import types
    return isinstance(object, types.MethodWrapperType)


def ispackage(object):
    """A module that is a package (it has a __path__)."""
    return ismodule(object) and hasattr(object, "__path__")


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, _types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return False


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _unwrap_partial(func):
    import functools
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _has_code_flag(f, flag):
    f = getattr(f, '__func__', f) if ismethod(f) else f
    f = _unwrap_partial(f)
    if not (isfunction(f) or getattr(f, '__code__', None) is not None and callable(f)):
        return False
    code = getattr(f, '__code__', None)
    return code is not None and bool(code.co_flags & flag)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    f = _unwrap_partial(getattr(obj, '__func__', obj))
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, _types.CoroutineType) or
            isinstance(object, _types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    return isinstance(object, _types.TracebackType)


def isframe(object):
    return isinstance(object, _types.FrameType)


def iscode(object):
    return isinstance(object, _types.CodeType)


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


# -- members, docs, source ------------------------------------------------------------------------------------

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        for base in object.__bases__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    else:
        mro = ()
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    return getmembers(object, predicate)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Get the object wrapped by func (following __wrapped__)."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


def cleandoc(doc):
    """Clean up indentation from docstrings: uniformly removes the indentation of the second and later lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip(' '))
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip(' ')
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        cls = obj.__self__ if isclass(obj.__self__) else obj.__self__.__class__
    elif isfunction(obj) or isbuiltin(obj):
        name = obj.__name__
        qual = getattr(obj, '__qualname__', name)
        cls = None
        if '.' in qual and isfunction(obj):
            mod = _sys.modules.get(obj.__module__)
            target = mod
            for part in qual.split('.')[:-1]:
                target = getattr(target, part, None)
            cls = target if isclass(target) else None
        if cls is None:
            return None
    elif isinstance(obj, property):
        return None
    elif isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if isinstance(doc, str):
                return doc
        return None
    else:
        return None
    for base in cls.__mro__:
        if name in base.__dict__ and base is not cls:
            doc = getattr(base.__dict__[name], '__doc__', None)
            if isinstance(doc, str):
                return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up (inherited from a base class if missing)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    return None


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return _sys.modules.get(object.__module__)
    return None


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        mod = _sys.modules.get(object.__module__)
        f = getattr(mod, '__file__', None)
        if f:
            return f
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was expected, '
                    f'got {type(object).__name__}')


getsourcefile = getfile


def getmodulename(path):
    import os
    fname = os.path.basename(path)
    if fname.endswith('.py'):
        return fname[:-3]
    return None


def _lines_of(filename):
    import linecache
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    return lines


def _block_end(lines, start):
    """The end of the indented block whose header starts at lines[start]."""
    first = lines[start]
    base = len(first) - len(first.lstrip())
    i = start + 1
    depth = first.count('(') + first.count('[') + first.count('{') - first.count(')') - first.count(']') - first.count('}')
    header_done = first.rstrip().endswith(':') and depth <= 0
    while i < len(lines) and not header_done:
        line = lines[i]
        depth += line.count('(') + line.count('[') + line.count('{') - line.count(')') - line.count(']') - line.count('}')
        i += 1
        header_done = line.rstrip().endswith(':') and depth <= 0
    if not first.rstrip().endswith(':') and header_done is False:
        return start + 1
    end = i
    while i < len(lines):
        line = lines[i]
        if line.strip() and (len(line) - len(line.lstrip())) <= base:
            break
        i += 1
        if line.strip():
            end = i
    return end


def getsourcelines(object):
    """Return the lines of source of an object and the line number where they start."""
    object = unwrap(object)
    if ismodule(object):
        return _lines_of(getfile(object)), 0
    lines = _lines_of(getfile(object))
    if isclass(object):
        import re
        pat = re.compile(r'^(\s*)class\s*' + object.__name__ + r'\b')
        for i, line in enumerate(lines):
            if pat.match(line):
                start = i
                break
        else:
            raise OSError('could not find class definition')
    else:
        if ismethod(object):
            object = object.__func__
        if isfunction(object):
            object = object.__code__
        if istraceback(object):
            object = object.tb_frame
        if isframe(object):
            object = object.f_code
        if not iscode(object):
            raise TypeError('module, class, method, function, traceback, frame, or code object was expected')
        start = object.co_firstlineno - 1
        if object.co_name == '<lambda>':
            return [lines[start]], start + 1
    # Decorators belong to the definition.
    while start > 0 and lines[start].lstrip().startswith('@') is False and lines[start - 1].lstrip().startswith('@'):
        start -= 1
    header = start
    while header < len(lines) and lines[header].lstrip().startswith('@'):
        header += 1
    end = _block_end(lines, header)
    return lines[start:end], start + 1


def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# -- frames ---------------------------------------------------------------------------------------------------

class FrameInfo(_namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    pass


def currentframe():
    """Return the frame of the caller."""
    return _sys._getframe(1)


def _frame_info(frame, lineno, context):
    code = frame.f_code
    ctx = None
    index = None
    if context > 0:
        import linecache
        line = linecache.getline(code.co_filename, lineno)
        ctx = [line] if line else None
        index = 0 if line else None
    return FrameInfo(frame, code.co_filename, lineno, code.co_name, ctx, index)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        return _frame_info(frame.tb_frame, frame.tb_lineno, context)
    return _frame_info(frame, frame.f_lineno, context)


def getouterframes(frame, context=1):
    result = []
    while frame is not None:
        result.append(_frame_info(frame, frame.f_lineno, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    result = []
    while tb is not None:
        result.append(_frame_info(tb.tb_frame, tb.tb_lineno, context))
        tb = tb.tb_next
    return result


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(_sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(_sys.exception().__traceback__, context)


_missing = object()


def getattr_static(obj, attr, default=_missing):
    """Look an attribute up without running descriptors or __getattr__."""
    for entry in ([obj] if not isclass(obj) else []) + list(getmro(obj if isclass(obj) else type(obj))):
        try:
            d = object.__getattribute__(entry, '__dict__')
        except AttributeError:
            continue
        if attr in d:
            return d[attr]
    if default is not _missing:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isclass(obj):
        ann = obj.__dict__.get('__annotations__', None)
    else:
        ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    return dict(ann)


# -- signatures -----------------------------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = f'{formatted}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            formatted = f'{formatted}{sep}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: the mapping of parameter names to argument values."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = [f'{arg}={value!r}' for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A function's call signature: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError(f'wrong parameter order: {_PARAM_NAME_MAPPING[top_kind]} parameter '
                                         f'before {_PARAM_NAME_MAPPING[kind]} parameter')
                    top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                if name in params:
                    raise ValueError(f'duplicate parameter name: {name!r}')
                params[name] = param
        self._parameters = _types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_param_in_kwargs = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            if param.default is _empty:
                                raise TypeError(f'missing a required positional-only argument: {param.name!r}')
                            pos_only_param_in_kwargs.append(param)
                            continue
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        if param.kind == _KEYWORD_ONLY:
                            argtype = ' keyword-only'
                        else:
                            argtype = ''
                        raise TypeError(f'missing a required{argtype} argument: {param.name!r}') from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(f'multiple values for argument {param.name!r}') from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError(f'missing a required argument: {param_name!r}') from None
            else:
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_param_in_kwargs:
                raise TypeError(f'got some positional-only arguments passed as keyword arguments: '
                                f'{", ".join(p.name for p in pos_only_param_in_kwargs)!r}')
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        result = []
        pending_slash = False
        need_star = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                result.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                result.append('*')
                need_star = False
            result.append(str(param))
        if pending_slash:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered

    def format(self, *, max_width=None):
        return str(self)


def _signature_from_function(cls, func, skip_bound_arg=False):
    code = func.__code__
    names = code.co_varnames
    posonly = code.co_posonlyargcount
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkw]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(nkw):
        name = names[npos + i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, _types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, sigcls)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None and not isinstance(obj, type):
        if not isinstance(sig, Signature):
            raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
        return sig
    import functools
    if isinstance(obj, functools.partial):
        wrapped = _signature_from_callable(obj.func, follow_wrapped, sigcls)
        return _partial_signature(wrapped, obj.args, obj.keywords)
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isbuiltin(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')
    if isinstance(obj, type):
        if sig is not None:
            return sig
        generated = _generated_signature(obj, sigcls)
        if generated is not None:
            return generated
        init = _own_lookup(obj, '__init__')
        new = _own_lookup(obj, '__new__')
        # The Python-level __new__ or __init__ defined closest to the class wins (__new__ first).
        for base in obj.__mro__:
            if base is object:
                break
            for name in ('__new__', '__init__'):
                fn = base.__dict__.get(name)
                fn = getattr(fn, '__func__', fn)
                if isfunction(fn):
                    return _drop_first(_signature_from_callable(fn, follow_wrapped, sigcls))
        if init is object.__init__ and new is object.__new__:
            return sigcls([])
        raise ValueError(f'no signature found for builtin type {obj!r}')
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    raise ValueError(f'callable {obj!r} is not supported by signature')


class _FactoryDefault:
    def __repr__(self):
        return '<factory>'


def _generated_signature(cls, sigcls):
    """Dataclass and namedtuple constructors: pytk generates them generically (*args, **kwargs), so their
    signatures come from the fields, as CPython's generated code would show them."""
    fields = getattr(cls, '__dataclass_fields__', None)
    if fields is not None and '__init__' not in _user_inits(cls):
        import dataclasses
        params, kwonly = [], []
        for f in dataclasses.fields(cls):
            if not f.init:
                continue
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = _FactoryDefault()
            else:
                default = _empty
            kind = _KEYWORD_ONLY if f.kw_only is True else _POSITIONAL_OR_KEYWORD
            (kwonly if kind is _KEYWORD_ONLY else params).append(
                Parameter(f.name, kind, default=default, annotation=f.type))
        return sigcls(params + kwonly, return_annotation=None, __validate_parameters__=False)
    if issubclass(cls, tuple) and hasattr(cls, '_fields') and '__new__' not in _user_inits(cls):
        defaults = getattr(cls, '_field_defaults', {})
        return sigcls([Parameter(n, _POSITIONAL_OR_KEYWORD, default=defaults.get(n, _empty)) for n in cls._fields],
                      __validate_parameters__=False)
    return None


def _user_inits(cls):
    """Names of __init__/__new__ written by hand in a class of cls's MRO with a real parameter list."""
    found = set()
    for base in cls.__mro__:
        for name in ('__init__', '__new__'):
            fn = base.__dict__.get(name)
            fn = getattr(fn, '__func__', fn)
            if isfunction(fn) and not (fn.__code__.co_flags & CO_VARARGS and fn.__code__.co_flags & CO_VARKEYWORDS
                                       and fn.__code__.co_argcount <= 1):
                found.add(name)
    return found


def _own_lookup(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _partial_signature(wrapped_sig, args, keywords):
    old_params = wrapped_sig.parameters
    new_params = _OrderedDict(old_params.items())
    try:
        ba = wrapped_sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError(f'partial object has incorrect arguments') from ex
    for param_name, arg_value in ba.arguments.items():
        param = new_params[param_name]
        if param_name in keywords:
            new_params[param_name] = param.replace(default=arg_value)
            continue
        if param.kind is _POSITIONAL_ONLY or param.kind is _POSITIONAL_OR_KEYWORD:
            new_params.pop(param_name)
        elif param.kind is _VAR_POSITIONAL:
            new_params.pop(param_name)
    # Parameters after one given by keyword become keyword-only.
    result = []
    to_kwonly = False
    for name, param in new_params.items():
        if name in keywords and param.kind is _POSITIONAL_OR_KEYWORD:
            to_kwonly = True
        if to_kwonly and param.kind is _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif to_kwonly and param.kind is _VAR_POSITIONAL:
            continue
        result.append(param)
    return wrapped_sig.replace(parameters=result)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = _namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    varargs = varkw = None
    defaults = ()
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """Map arguments to parameter names as a call would (positional, *args, **kwargs, keywords, defaults)."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    f_name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    values = {}
    n = min(len(positional), len(args))
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    elif len(positional) > len(args):
        raise TypeError(f'{f_name}() takes {len(args)} positional arguments but {len(positional)} were given')
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in args and kw not in kwonlyargs:
            if not varkw:
                raise TypeError(f'{f_name}() got an unexpected keyword argument {kw!r}')
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError(f'{f_name}() got multiple values for argument {kw!r}')
        values[kw] = value
    ndef = len(defaults) if defaults else 0
    for i, arg in enumerate(args):
        if arg not in values:
            if i >= len(args) - ndef:
                values[arg] = defaults[i - (len(args) - ndef)]
            else:
                raise TypeError(f'{f_name}() missing required argument: {arg!r}')
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                raise TypeError(f'{f_name}() missing required keyword-only argument: {kwarg!r}')
    return values


GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED'
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED'


def _run_state(obj, prefix, kind):
    # the four states from the object's own attributes: running, suspended, finished (no frame), created
    if getattr(obj, prefix + '_running'):
        return kind + '_RUNNING'
    if getattr(obj, prefix + '_suspended'):
        return kind + '_SUSPENDED'
    if getattr(obj, prefix + '_frame') is None:
        return kind + '_CLOSED'
    return kind + '_CREATED'


def _frame_locals(obj, prefix):
    frame = getattr(obj, prefix + '_frame', None)
    return frame.f_locals if frame is not None else {}


def getgeneratorstate(generator):
    return _run_state(generator, 'gi', 'GEN')


def getcoroutinestate(coroutine):
    return _run_state(coroutine, 'cr', 'CORO')


def getasyncgenstate(agen):
    return _run_state(agen, 'ag', 'AGEN')


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    return _frame_locals(generator, 'gi')


def getcoroutinelocals(coroutine):
    return _frame_locals(coroutine, 'cr')


def getasyncgenlocals(agen):
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    return _frame_locals(agen, 'ag')
