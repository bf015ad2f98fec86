"""In-memory streams: StringIO and BytesIO (a pure Python version for this
interpreter), with the io base classes and constants."""

__all__ = ['IOBase', 'TextIOBase', 'BufferedIOBase', 'StringIO', 'BytesIO',
           'open', 'FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
           'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base of the stream classes: iteration by lines and the context manager
    protocol (the stream is closed on exit)."""

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines


class TextIOBase(IOBase):
    """Base of the text streams."""
    encoding = None
    errors = None
    newlines = None


def _closed_error():
    return ValueError('I/O operation on closed file')


class StringIO(TextIOBase):
    """A text stream over a str kept in memory: getvalue() returns the whole
    text; writes at a position past the end pad with NULs."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        # the text is ''.join(self._parts); self._size is its length
        self._parts = []
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- the text --
    def _text(self):
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return ''
        text = ''.join(parts)
        self._parts = [text]
        return text

    def _check(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    def close(self):
        self._closed = True
        self._parts = []
        self._size = 0

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

    def getvalue(self):
        self._check()
        return self._text()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _as_int(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _as_int(size)
            if size < 0:
                raise ValueError('Negative size value %d' % size)
        if size < self._size:
            text = self._text()[:size]
            self._parts = [text]
            self._size = size
        return size

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        newline = self._newline
        if newline is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif newline == '\r' or newline == '\r\n':
            if '\n' in s:
                s = s.replace('\n', newline)
        pos = self._pos
        size = self._size
        if pos == size:
            self._parts.append(s)
            self._size = size + len(s)
            self._pos = self._size
            return n
        text = self._text()
        if pos > size:
            text = text + '\0' * (pos - size)
        end = pos + len(s)
        text = text[:pos] + s + text[end:]
        self._parts = [text]
        self._size = len(text)
        self._pos = end
        return n

    def read(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r'
                            % type(size).__name__)
        pos = self._pos
        if pos >= self._size:
            return ''
        text = self._text()
        if size is None or size < 0:
            end = self._size
        else:
            end = pos + size
            if end > self._size:
                end = self._size
        self._pos = end
        return text[pos:end]

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r'
                            % type(size).__name__)
        pos = self._pos
        if pos >= self._size:
            return ''
        text = self._text()
        newline = self._newline
        if newline is None or newline == '\n':
            i = text.find('\n', pos)
            end = self._size if i < 0 else i + 1
        elif newline == '':
            end = self._size
            i = pos
            while i < self._size:
                c = text[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if text.startswith('\n', i + 1) else i + 1
                    break
                i += 1
        else:
            i = text.find(newline, pos)
            end = self._size if i < 0 else i + len(newline)
        if size is not None and size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=None):
        self._check()
        if hint is None or hint <= 0:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 <= hint < total:
                break
        return lines

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        self._check()
        return (self._text(), self._newline, self._pos, None)


class BufferedIOBase(IOBase):
    """Base of the binary streams."""


def _bytes_like(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, str) or not _is_bytes_like(b):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    return bytes(b)


def _is_bytes_like(b):
    for name in ('bytearray', 'memoryview'):
        t = _builtin_type(name)
        if t is not None and isinstance(b, t):
            return True
    return False


def _builtin_type(name):
    try:
        return __builtins__[name] if isinstance(__builtins__, dict) else getattr(__builtins__, name)
    except (KeyError, AttributeError):
        return None


class BytesIO(BufferedIOBase):
    """A binary stream over bytes kept in memory: getvalue() returns all of
    them; writes at a position past the end pad with zero bytes."""

    def __init__(self, initial_bytes=None):
        self._closed = False
        # the data is b''.join(self._parts); self._size is its length
        self._parts = []
        self._size = 0
        self._pos = 0
        if initial_bytes is not None:
            data = _bytes_like(initial_bytes)
            if data:
                self._parts.append(data)
                self._size = len(data)

    def _data(self):
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return b''
        data = b''.join(parts)
        self._parts = [data]
        return data

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._parts = []
        self._size = 0

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

    def getvalue(self):
        self._check()
        return self._data()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _as_int(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = self._size + pos
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _as_int(size)
            if size < 0:
                raise ValueError('negative size value %d' % size)
        if size < self._size:
            self._parts = [self._data()[:size]]
            self._size = size
        return size

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        if not n:
            return 0
        pos = self._pos
        size = self._size
        if pos == size:
            self._parts.append(b)
            self._size = size + n
            self._pos = self._size
            return n
        data = self._data()
        if pos > size:
            data = data + bytes(pos - size)
        end = pos + n
        data = data[:pos] + b + data[end:]
        self._parts = [data]
        self._size = len(data)
        self._pos = end
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r'
                            % type(size).__name__)
        pos = self._pos
        if pos >= self._size:
            return b''
        data = self._data()
        if size is None or size < 0:
            end = self._size
        else:
            end = min(pos + size, self._size)
        self._pos = end
        return data[pos:end]

    read1 = read

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r'
                            % type(size).__name__)
        pos = self._pos
        if pos >= self._size:
            return b''
        data = self._data()
        i = data.find(b'\n', pos)
        end = self._size if i < 0 else i + 1
        if size is not None and size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return data[pos:end]

    def readlines(self, hint=None):
        self._check()
        if hint is None or hint <= 0:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 <= hint < total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _as_int(n):
    if isinstance(n, int):
        return int(n)
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None
    return f(n)


# files (lib/_files.py; it imports this module's base classes, defined above)
from _files import open, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper
