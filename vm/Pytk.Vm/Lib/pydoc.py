"""Documentation as plain text (pytk's own pydoc): render_doc, the text renderer, and the Helper behind help().

Classes are shown as CPython's pydoc shows them in a terminal: the signature, the method resolution order,
then the attributes grouped by kind (methods, class methods, static methods, readonly properties, data
descriptors, data), first those defined by the class itself and then those inherited, class by class along
the MRO. No HTML server and no interactive help browser: `help()` with no argument says so.
"""

import builtins
import inspect
import sys

__all__ = ['help', 'render_doc', 'plain', 'describe', 'locate', 'getdoc', 'text', 'plaintext', 'Helper',
           'TextDoc', 'doc', 'resolve']


def getdoc(obj):
    """The object's docstring, cleaned up, or '' when it has none."""
    doc = inspect.getdoc(obj)
    return doc or ''


def plain(text):
    """Text with the overstrike bold (char, backspace, char) removed."""
    out = []
    i = 0
    while i < len(text):
        if i + 2 < len(text) + 0 and text[i + 1:i + 2] == '\b':
            i += 2
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


def classname(cls, modname):
    name = cls.__qualname__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def describe(thing):
    """A short phrase naming what kind of thing this is ('class X', 'function f', 'module m', ...)."""
    if inspect.ismodule(thing):
        if thing.__name__ in getattr(sys, 'builtin_module_names', ()):
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if isinstance(thing, property):
        return 'property'
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted path names (a module and attributes inside it), or None."""
    parts = [p for p in path.split('.') if p]
    module, n = None, 0
    while n < len(parts):
        try:
            module = __import__('.'.join(parts[:n + 1]))
            n += 1
        except ImportError:
            break
    obj = module if module is not None else builtins
    rest = parts[n:] if module is not None else parts
    if module is not None:
        for part in parts[1:n]:
            obj = getattr(obj, part)
    for part in rest:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


class ErrorDuringImport(Exception):
    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def resolve(thing, forceload=0):
    """(object, name) for a thing or a dotted path naming one."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return obj, thing
    return thing, getattr(thing, '__name__', None)


def _indent(text, prefix='    '):
    if not text:
        return ''
    return '\n'.join((prefix + line).rstrip() for line in text.split('\n'))


def _signature(obj, name):
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        return None
    text = str(sig)
    if name == '<lambda>':
        text = text[1:-1] if text.startswith('(') else text
    return text


def _visible(name, all_names=None):
    if name in {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__',
                '__spec__', '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__',
                '__slots__', '__version__', '__firstlineno__', '__static_attributes__',
                '__annotations__'}:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if all_names is not None:
        return name in all_names
    return not name.startswith('_')


class _Attribute:
    __slots__ = ('name', 'kind', 'defining_class', 'object')

    def __init__(self, name, kind, defining_class, obj):
        self.name, self.kind, self.defining_class, self.object = name, kind, defining_class, obj


def _classify(cls):
    """The class's attributes: name, kind ('method', 'class method', 'static method', 'property', 'data'),
    the class along the MRO that defines it, and the raw value found in that class's namespace."""
    result = []
    mro = inspect.getmro(cls)
    for name in dir(cls):
        for owner in mro:
            if name in vars(owner):
                raw = vars(owner)[name]
                break
        else:
            continue
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif inspect.isroutine(raw) or inspect.ismethoddescriptor(raw):
            kind = 'method'
        else:
            kind = 'data'
        result.append(_Attribute(name, kind, owner, raw))
    return result


class TextDoc:
    """Renders documentation as plain text."""

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        return _indent(text, prefix)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        if inspect.ismodule(obj):
            return self.docmodule(obj, name, *args)
        if inspect.isclass(obj):
            return self.docclass(obj, name, *args)
        if inspect.isroutine(obj):
            return self.docroutine(obj, name, *args)
        if isinstance(obj, property):
            return self.docproperty(obj, name, *args)
        return self.docother(obj, name, *args)

    # -- routines and data
    def docroutine(self, obj, name=None, mod=None, cl=None, homecls=None):
        realname = getattr(obj, '__name__', name)
        name = name or realname
        func = obj.__func__ if inspect.ismethod(obj) else obj
        title = self.bold(realname)
        if name != realname:
            title = self.bold(name) + ' = ' + realname
        note = ''
        if inspect.ismethod(obj):
            owner = obj.__self__
            if inspect.isclass(owner):
                if cl is not None and owner is cl:
                    note = ''
                else:
                    note = ' class method of ' + classname(owner, mod)
            else:
                note = ' method of %s instance' % classname(type(owner), mod)
        sig = _signature(obj, realname)
        if realname == '<lambda>':
            title = self.bold(name) + ' lambda '
        argspec = sig if sig is not None else '(...)'
        decl = title + argspec + note
        doc = getdoc(func) if func is not obj else getdoc(obj)
        return decl + '\n' + (self.indent(doc) + '\n' if doc else '')

    def docproperty(self, obj, name=None, mod=None, cl=None, *ignored):
        return self._docdescriptor(name, obj, mod)

    def docdata(self, obj, name=None, mod=None, cl=None, *ignored):
        return self._docdescriptor(name, obj, mod)

    def _docdescriptor(self, name, value, mod):
        result = self.bold(name) + '\n' if name else ''
        doc = getdoc(value)
        if doc:
            result += self.indent(doc) + '\n'
        return result

    def docother(self, obj, name=None, mod=None, parent=None, *ignored, maxlen=None, doc=None):
        line = (name + ' = ' if name else '') + repr(obj)
        if maxlen:
            chop = maxlen - len(line)
            if chop < 0:
                line = line[:chop] + '...'
        return line + '\n'

    # -- classes
    def docclass(self, obj, name=None, mod=None, *ignored):
        realname = obj.__name__
        name = name or realname
        bases = obj.__bases__
        title = 'class ' + self.bold(realname) if name == realname else self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(classname(b, obj.__module__) for b in bases)
        contents = []
        doc = inspect.cleandoc(obj.__doc__) if isinstance(getattr(obj, '__doc__', None), str) else ''
        sig = None
        try:
            sig = inspect.signature(obj)
        except (ValueError, TypeError):
            pass
        if sig is not None and str(sig) not in ('()', '(*args, **kwargs)'):
            contents.append(realname + str(sig) + '\n')
        if doc:
            contents.append(doc + '\n')
        mro = inspect.getmro(obj)
        if len(mro) > 2:
            contents.append('Method resolution order:\n' +
                            '\n'.join('    ' + classname(c, obj.__module__) for c in mro) + '\n')
        sections = []
        attrs = [a for a in _classify(obj) if _visible(a.name)]
        done = set()
        for owner in mro:
            if owner is object:
                continue
            mine = [a for a in attrs if a.defining_class is owner and a.name not in done]
            if not mine:
                continue
            where = 'defined here' if owner is obj else 'inherited from ' + classname(owner, obj.__module__)
            for kind, label in (('method', 'Methods'), ('class method', 'Class methods'),
                                ('static method', 'Static methods'), ('readonly property', 'Readonly properties'),
                                ('data descriptor', 'Data descriptors'), ('data', 'Data and other attributes')):
                group = sorted((a for a in mine if self._kind(a) == kind), key=lambda a: a.name)
                if not group:
                    continue
                body = []
                for a in group:
                    done.add(a.name)
                    value = getattr(obj, a.name, a.object)
                    if kind in ('method', 'class method', 'static method'):
                        body.append(self.docroutine(value, a.name, obj.__module__, obj))
                    elif kind in ('readonly property', 'data descriptor'):
                        body.append(self._docdescriptor(a.name, a.object, obj.__module__))
                    else:
                        body.append(self.docother(value, a.name, obj.__module__, maxlen=70))
                sections.append('%s %s:\n\n' % (label, where) + '\n'.join(body) + '\n')
        text = '\n'.join(contents)
        if sections:
            text = (text + '\n' if text else '') + ('-' * 70 + '\n').join(sections)
        lines = text.rstrip('\n').split('\n')
        return title + '\n' + '\n'.join((' |  ' + line).rstrip() for line in lines) + '\n'

    @staticmethod
    def _kind(attr):
        if attr.kind == 'property':
            return 'readonly property' if getattr(attr.object, 'fset', None) is None else 'data descriptor'
        if attr.kind == 'data' and inspect.isdatadescriptor(attr.object):
            return 'data descriptor'
        return attr.kind

    # -- modules
    def docmodule(self, obj, name=None, mod=None, *ignored):
        name = obj.__name__
        synop = getdoc(obj).split('\n')[0] if getdoc(obj) else ''
        result = self.section('NAME', name + (' - ' + synop if synop else ''))
        doc = getdoc(obj)
        rest = '\n'.join(doc.split('\n')[2:]) if doc else ''
        if rest:
            result += self.section('DESCRIPTION', rest)
        all_names = getattr(obj, '__all__', None)
        classes, funcs, data = [], [], []
        for key, value in sorted(vars(obj).items()):
            if not _visible(key, all_names):
                continue
            if inspect.isclass(value):
                if all_names is not None or getattr(value, '__module__', None) == name:
                    classes.append((key, value))
            elif inspect.isroutine(value):
                if all_names is not None or getattr(value, '__module__', name) == name:
                    funcs.append((key, value))
            elif not inspect.ismodule(value):
                data.append((key, value))
        if classes:
            result += self.section('CLASSES', '\n'.join(self.docclass(v, k, name) for k, v in classes))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(self.docroutine(v, k, name) for k, v in funcs))
        if data:
            result += self.section('DATA', '\n'.join(self.docother(v, k, name, maxlen=70) for k, v in data))
        filename = getattr(obj, '__file__', None)
        result += self.section('FILE', filename if filename else '(built-in)')
        return result


class _PlainTextDoc(TextDoc):
    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text help() prints for thing (an object or a dotted path)."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or isinstance(obj, property)):
        obj = type(obj)
        desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Writes the help for thing to output (sys.stdout when None)."""
    try:
        page = render_doc(thing, title, forceload, plaintext)
    except (ImportError, ErrorDuringImport) as value:
        if is_cli:
            raise
        print(value, file=output if output is not None else sys.stdout)
        return
    (output if output is not None else sys.stdout).write(page)


class Helper:
    """The object behind help(): help(thing) writes thing's documentation to its output."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def output(self):
        return self._output if self._output is not None else sys.stdout

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) for help about object.')

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is self._GoInteractive:
            self.output.write('pytk has no interactive help; use help(object) for help about object.\n')
            return
        self.help(request)

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
        doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)


help = Helper()
