"""traceback for pytk, written for pytk from the documented behaviour.

Shipped as Python over `_traceback`, which gives one entry's source lines with CPython 3.13's caret line
(the same C# code that prints uncaught exceptions), so `print_exc()` prints what an uncaught exception would.
"""

import sys as _sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3
_sentinel = object()
# CPython 3.12+ inlines these comprehensions: their frames show as the enclosing function's.
_INLINED = ('<listcomp>', '<setcomp>', '<dictcomp>')


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals',
                 '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._code = None
        self._lasti = -1
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()

    def _source_block(self):
        if self._code is not None:
            return _traceback.source(self._code, self.lineno, self._lasti)
        line = self.line
        return f'    {line}\n' if line else ''


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame, from f up through f_back."""
    if f is None:
        f = _sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_summaries(tb):
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    out = []
    inlined_into = None
    for i, t in enumerate(entries):
        code = t.tb_frame.f_code
        if i + 1 < len(entries) and entries[i + 1].tb_frame.f_code.co_name in _INLINED:
            if inlined_into is None:
                inlined_into = code.co_name
            continue
        name = inlined_into if code.co_name in _INLINED and inlined_into else code.co_name
        inlined_into = None
        fs = FrameSummary(code.co_filename, t.tb_lineno, name, lookup_line=False)
        fs._code = code
        fs._lasti = t.tb_lasti
        out.append(fs)
    return out


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            code = f.f_code
            fs = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                              locals=f.f_locals if capture_locals else None)
            result.append(fs)
        if limit is not None:
            result[:] = result[:limit] if limit >= 0 else result[limit:]
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        row += frame_summary._source_block()
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += f'    {name} = {value}\n'
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
                if count >= _RECURSIVE_CUTOFF:
                    continue
            else:
                if count >= _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF + 1))
                last = key
                count = 0
            result.append(self.format_frame_summary(fs))
        if count >= _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF + 1))
        return result


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def _limited(summaries, limit):
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
    if limit is None:
        return summaries
    return summaries[:limit] if limit >= 0 else summaries[limit:]


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of a traceback object."""
    return StackSummary(_limited(_tb_summaries(tb), limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame, oldest first."""
    if f is None:
        f = _sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = _sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


def _type_name(t):
    mod = getattr(t, '__module__', None)
    qual = getattr(t, '__qualname__', None) or getattr(t, '__name__', '<unknown>')
    if mod not in (None, '__main__', 'builtins'):
        return f'{mod}.{qual}'
    return qual


def _safe_str(value):
    try:
        return str(value)
    except BaseException:
        return '<exception str() failed>'


class TracebackException:
    """An exception ready for rendering, with its cause/context chain captured."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self.exc_type_str = _type_name(exc_type) if exc_type is not None else None
        self._str = _safe_str(exc_value)
        self.stack = StackSummary(_limited(_tb_summaries(exc_traceback), limit))
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._is_syntax_error = exc_type is not None and issubclass(exc_type, SyntaxError)
        if self._is_syntax_error:
            info = _syntax_info(exc_value)
            self.filename = info['filename']
            lno = info['lineno']
            self.lineno = str(lno) if lno is not None else None
            end_lno = info['end_lineno']
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = info['text']
            self.offset = info['offset']
            self.end_offset = info['end_offset']
            self.msg = info['msg']
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                    lookup_lines=lookup_lines, _seen=_seen)
            ctx = exc_value.__context__
            if ctx is not None and id(ctx) not in _seen and not (compact and (self.__cause__ is not None or self.__suppress_context__)):
                self.__context__ = TracebackException(type(ctx), ctx, ctx.__traceback__, limit=limit,
                                                      lookup_lines=lookup_lines, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        indent = 3 * _depth * ' '
        if self.exc_type is None:
            yield indent + _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type_str
        if not self._is_syntax_error:
            yield indent + _format_final_exc_line(stype, self._str)
        else:
            for line in self._format_syntax_error(stype):
                yield indent + line
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_str(note)
                for ln in note.split('\n'):
                    yield indent + ln + '\n'
        elif notes is not None:
            yield indent + '{}\n'.format(_safe_str(notes))

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            if self.offset is None:
                yield f'    {ltext}\n'
            else:
                offset = self.offset
                if self.lineno == self.end_lineno:
                    end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                else:
                    end_offset = len(rtext) + 1
                if text and offset > len(text):
                    offset = len(rtext) + 1
                if text and end_offset > len(text):
                    end_offset = len(rtext) + 1
                if offset >= end_offset or end_offset < 0:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                yield f'    {ltext}\n'
                if colno >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield f'    {pad}{"^" * (end_colno - colno)}\n'
        msg = self.msg or '<no detail available>'
        yield f'{stype}: {msg}{suffix}\n'

    def format(self, *, chain=True, _ctx=None):
        chunks = []
        exc = self
        while exc is not None:
            if chain and exc.__cause__ is not None:
                nxt = exc.__cause__
                msg = '\nThe above exception was the direct cause of the following exception:\n\n'
            elif chain and exc.__context__ is not None and not exc.__suppress_context__:
                nxt = exc.__context__
                msg = '\nDuring handling of the above exception, another exception occurred:\n\n'
            else:
                nxt, msg = None, None
            chunks.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(chunks):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = _sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


_SYNTAX_FIELDS = ('filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset')


def _syntax_info(exc):
    """A SyntaxError's details: its attributes, or (where the VM's SyntaxError lacks them) its args."""
    args = exc.args
    details = args[1] if len(args) == 2 and isinstance(args[1], tuple) else ()
    info = {'msg': getattr(exc, 'msg', args[0] if args else None)}
    for i, name in enumerate(_SYNTAX_FIELDS):
        info[name] = getattr(exc, name, details[i] if i < len(details) else None)
    return info


def _format_final_exc_line(etype, value):
    valuestr = _safe_str(value)
    if value is None or not valuestr:
        return f'{etype}\n'
    return f'{etype}: {valuestr}\n'


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """Format the exception part of a traceback: a list of strings ending in newlines."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(_sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit=limit, file=file, chain=chain)'."""
    print_exception(_sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(_sys, 'last_exc') and not hasattr(_sys, 'last_type'):
        raise ValueError("no last exception")
    print_exception(_sys.last_exc, limit=limit, file=file, chain=chain)
