"""io for pytk, written for pytk: in-memory StringIO and BytesIO; open is the built-in one.

Shipped as Python: both are small buffer objects whose only contract is the file protocol (write, read,
readline, seek, iteration, context manager), which print(file=...) and user code reach by attribute.
"""

__all__ = ['StringIO', 'BytesIO', 'open', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'IOBase', 'TextIOBase', 'BufferedIOBase', 'RawIOBase', 'DEFAULT_BUFFER_SIZE',
           'BufferedWriter', 'TextIOWrapper']

open = open
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The file protocol's shared part, for subclasses to build on (as io.IOBase documents it): a subclass gives
    read/readinto/write/seek as it can, and gets line reading, iteration, context management and closing."""

    _IOBase__closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0, /):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._IOBase__closed:
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    @property
    def closed(self):
        return self._IOBase__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # one byte at a time through read(), or up to the newline peek() shows when the stream has one
        if size is None:
            size = -1
        out = bytearray()
        while size < 0 or len(out) < size:
            want = 1
            if hasattr(self, "peek"):
                ahead = self.peek(1)
                if ahead:
                    nl = ahead.find(b"\n") + 1
                    want = nl if nl > 0 else len(ahead)
                    if size >= 0:
                        want = min(want, size - len(out))
            chunk = self.read(want)
            if not chunk:
                break
            out += chunk
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary I/O: a subclass gives readinto() (and write()); read() and readall() come from it."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res) if res or data is not None else data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


def _fill(b, data):
    # readinto's copy: data into the start of the writable buffer b; the count copied
    view = b if isinstance(b, memoryview) else memoryview(b)
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")
    n = len(data)
    view[:n] = data
    return n


class BufferedIOBase(IOBase):
    """Buffered binary I/O: a subclass gives read()/read1()/write(); readinto() and readinto1() come from them."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        return _fill(b, self.read(memoryview(b).nbytes))

    def readinto1(self, b):
        return _fill(b, self.read1(memoryview(b).nbytes))


class TextIOBase(IOBase):
    """Text I/O: a subclass gives read()/readline()/write(); encoding, errors and newlines are None here."""

    encoding = errors = newlines = None

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument 1 must be str, not {type(s).__name__}")
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")


class _MemoryIO:
    """The buffer shared by StringIO and BytesIO: appends at the end are collected and joined lazily."""

    _empty = ''

    def __init__(self, initial):
        self._value = initial
        self._tail = []        # pending appends (the position is at the end while there are any)
        self._pos = 0
        self._closed = False

    def _flat(self):
        if self._tail:
            self._value = self._value + self._empty.join(self._tail)
            self._tail = []
        return self._value

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        value = self._flat()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(value) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def _write(self, s):
        self._check()
        n = len(s)
        if not n:
            return 0
        if self._tail or self._pos == len(self._value):
            self._tail.append(s)
        else:
            value = self._flat()
            if self._pos > len(value):
                value = value + self._pad * (self._pos - len(value))
            self._value = value[:self._pos] + s + value[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        value = self._flat()
        start = min(self._pos, len(value))
        end = len(value) if size is None or size < 0 else min(len(value), start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check()
        value = self._flat()
        start = min(self._pos, len(value))
        nl = value.find(self._newline, start)
        end = len(value) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check()
        value = self._flat()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._value = value[:size]
        return size

    def getvalue(self):
        self._check()
        return self._flat()


class StringIO(_MemoryIO, TextIOBase):
    _empty = ''
    _closed_message = 'I/O operation on closed file'
    _pad = '\0'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        super().__init__(initial_value)
        self.newline = newline

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        return self._write(s)

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryIO, BufferedIOBase):
    _empty = b''
    _closed_message = 'I/O operation on closed file.'
    _pad = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes) if initial_bytes is not None else b'')

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check()
        return _fill(b, self.read(memoryview(b).nbytes))

    readinto1 = readinto

    def __repr__(self):
        return '<_io.BytesIO object>'


class BufferedWriter(BufferedIOBase):
    """Writes straight through to its raw stream (no buffering of its own)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    def write(self, b):
        return self.raw.write(b)

    def flush(self):
        if hasattr(self.raw, 'flush'):
            self.raw.flush()

    def writable(self):
        return True

    def close(self):
        self.raw.close()

    @property
    def closed(self):
        return self.raw.closed


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: str written is encoded into the buffer, read decodes from it."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self.buffer = buffer
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def read(self, size=-1):
        return self.buffer.read(size).decode(self.encoding, self.errors)

    def flush(self):
        self.buffer.flush()

    def writable(self):
        return True

    def close(self):
        self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


StringIO.__module__ = BytesIO.__module__ = '_io'
