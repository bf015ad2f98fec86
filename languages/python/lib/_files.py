"""Files for io.open (the builtin open): FileIO on a descriptor (the
interpreter's _fileio module), the buffered binary files and TextIOWrapper,
as CPython's io module has them. Writes are buffered as CPython buffers
them (DEFAULT_BUFFER_SIZE); files still open when the program ends are
flushed then (main.ts calls _flush_all)."""

import _fileio
import io as _io

_O_RDONLY = 0
_O_WRONLY = 1
_O_RDWR = 2
_O_CREAT = 0o100
_O_EXCL = 0o200
_O_TRUNC = 0o1000
_O_APPEND = 0o2000

# the files open with data not yet written (flushed at exit)
_OPEN = []


def _flush_all():
    for f in list(_OPEN):
        try:
            f.flush()
        except Exception:
            pass


def _closed():
    return ValueError('I/O operation on closed file.')


class FileIO(_io.IOBase):
    """Raw binary I/O on a descriptor."""

    def __init__(self, file, mode='r', closefd=True):
        flags = {'r': _O_RDONLY, 'w': _O_WRONLY | _O_CREAT | _O_TRUNC,
                 'x': _O_WRONLY | _O_CREAT | _O_EXCL,
                 'a': _O_WRONLY | _O_CREAT | _O_APPEND}[mode[0]]
        if '+' in mode:
            flags = (flags & ~_O_WRONLY) | _O_RDWR
        self.name = file
        self.mode = mode
        self._readable = mode[0] == 'r' or '+' in mode
        self._writable = mode[0] != 'r' or '+' in mode
        self._fd = _fileio.open(file, flags, 0o666)
        self.closed = False
        if not self._writable:
            self._check_not_directory(file)
        if mode[0] == 'a':
            # (as CPython's FileIO: an appending file starts at its end)
            _fileio.lseek(self._fd, 0, 2)

    def _check_not_directory(self, file):
        # (CPython's FileIO fstat()s the file; without stat, a seekable file's first byte is read and the
        # position put back — a directory fails the read)
        try:
            _fileio.lseek(self._fd, 0, 1)
        except OSError:
            return
        try:
            _fileio.read(self._fd, 1)
        except IsADirectoryError:
            _fileio.close(self._fd)
            self.closed = True
            raise IsADirectoryError(21, _fileio.strerror(21), file) from None
        _fileio.lseek(self._fd, 0, 0)

    def fileno(self):
        return self._fd

    def readable(self):
        return self._readable

    def writable(self):
        return self._writable

    def seekable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            chunks = []
            while True:
                b = _fileio.read(self._fd, 65536)
                if not b:
                    return b''.join(chunks)
                chunks.append(b)
        return _fileio.read(self._fd, n)

    def write(self, b):
        return _fileio.write(self._fd, b)

    def seek(self, offset, whence=0):
        return _fileio.lseek(self._fd, offset, whence)

    def tell(self):
        return _fileio.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        if not self._writable:
            raise _io.UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        _fileio.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            self.closed = True
            _fileio.close(self._fd)


class BufferedFile(_io.BufferedIOBase):
    """A binary file: reads through a buffer, writes collected up to
    DEFAULT_BUFFER_SIZE bytes (BufferedReader, BufferedWriter and
    BufferedRandom are this class under CPython's names)."""

    def __init__(self, raw):
        self.raw = raw
        self._rbuf = b''
        self._wbuf = []
        self._wsize = 0

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        self._check()
        return self.raw.readable()

    def writable(self):
        self._check()
        return self.raw.writable()

    def seekable(self):
        self._check()
        return True

    def _check(self, what=None):
        if self.raw.closed:
            raise ValueError('%s of closed file' % what) if what else _closed()

    def _check_readable(self):
        self._check('read')
        if not self.raw.readable():
            raise _io.UnsupportedOperation('read')

    def flush(self):
        self._check()
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wsize = 0
            self.raw.write(data)
        if self in _OPEN:
            _OPEN.remove(self)

    def write(self, b):
        self._check('write to')
        if not self.raw.writable():
            raise _io.UnsupportedOperation('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._rbuf:
            # a write after reading ahead: the descriptor goes back to where the reader is
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        self._wbuf.append(b)
        self._wsize += len(b)
        if self._wsize >= _io.DEFAULT_BUFFER_SIZE:
            self.flush()
        elif self not in _OPEN:
            _OPEN.append(self)
        return len(b)

    def _fill(self):
        """More bytes into the read buffer; False at the end of the file."""
        data = self.raw.read(_io.DEFAULT_BUFFER_SIZE)
        if not data:
            return False
        self._rbuf += data
        return True

    def read(self, n=-1):
        self._check_readable()
        self.flush()
        if n is None or n < 0:
            data = self._rbuf + self.raw.read()
            self._rbuf = b''
            return data
        while len(self._rbuf) < n and self._fill():
            pass
        data = self._rbuf[:n]
        self._rbuf = self._rbuf[n:]
        return data

    def read1(self, n=-1):
        return self.read(n)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n=0):
        self._check_readable()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readline(self, size=-1):
        self._check_readable()
        self.flush()
        if size is None:
            size = -1
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or not self._fill():
                break
        end = len(self._rbuf) if i < 0 else i + 1
        if 0 <= size < end:
            end = size
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def seek(self, offset, whence=0):
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        self.flush()
        if whence == 1:
            offset -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(offset, whence)

    def tell(self):
        self._check()
        return self.raw.tell() + self._wsize - len(self._rbuf)

    def truncate(self, pos=None):
        self._check()
        if not self.raw.writable():
            raise _io.UnsupportedOperation('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        return self.raw.truncate(pos)

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def __repr__(self):
        return '<_io.%s name=%r>' % (type(self).__name__, self.name)


class BufferedReader(BufferedFile):
    pass


class BufferedWriter(BufferedFile):
    pass


class BufferedRandom(BufferedFile):
    pass


class TextIOWrapper(_io.TextIOBase):
    """A text file over a binary one: str in and out, encoded with its
    encoding; universal newlines when reading with newline=None."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self.buffer = buffer
        self.encoding = 'utf-8' if encoding is None else encoding
        ''.encode(self.encoding)  # (an unknown encoding: LookupError now)
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self._pending = ''  # decoded text not read yet
        self._eof = False
        self._tail = b''  # bytes of a character split between two reads

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self.buffer.mode

    @property
    def closed(self):
        return self.buffer.closed

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def _check(self):
        if self.buffer.closed:
            raise _closed()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self.buffer.writable():
            raise _io.UnsupportedOperation('not writable')
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        if self._pending:
            # (a write after reading ahead: back to where the reader is)
            self.buffer.seek(self.tell(), 0)
            self._pending = ''
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def _translate(self, text):
        if self._newline is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _more(self):
        """Decodes another chunk into the pending text; False at the end."""
        if self._eof:
            return False
        data = self.buffer.read1(_io.DEFAULT_BUFFER_SIZE)
        if not data:
            self._eof = True
            if self._tail:
                tail = self._tail
                self._tail = b''
                self._pending += tail.decode(self.encoding, self.errors)
            return False
        data = self._tail + data
        # (keep an incomplete UTF-8 sequence at the end for the next chunk)
        cut = len(data)
        if self.encoding.lower().replace('_', '-') in ('utf-8', 'utf8'):
            k = len(data) - 1
            while k >= 0 and k >= len(data) - 3 and 0x80 <= data[k] < 0xC0:
                k -= 1
            if k >= 0 and data[k] >= 0xC0:
                need = 2 if data[k] < 0xE0 else 3 if data[k] < 0xF0 else 4
                if len(data) - k < need:
                    cut = k
        self._tail = data[cut:]
        text = data[:cut].decode(self.encoding, self.errors)
        if self._newline is None and text.endswith('\r') and not self._eof:
            # a '\r' at the end may be half of '\r\n': decide with the next chunk
            self._tail = b'\r' + self._tail
            text = text[:-1]
        self._pending += self._translate(text)
        return True

    def read(self, size=-1):
        self._check()
        if not self.buffer.readable():
            raise _io.UnsupportedOperation('not readable')
        self.buffer.flush()
        if size is None or size < 0:
            while self._more():
                pass
            text = self._pending
            self._pending = ''
            return text
        while len(self._pending) < size and self._more():
            pass
        text = self._pending[:size]
        self._pending = self._pending[size:]
        return text

    def _line_end(self, text):
        """Where the first line of text ends (after its newline), or -1."""
        if self._newline is None or self._newline == '\n':
            i = text.find('\n')
            return -1 if i < 0 else i + 1
        if self._newline == '':
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check()
        if not self.buffer.readable():
            raise _io.UnsupportedOperation('not readable')
        self.buffer.flush()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._pending)
            if end >= 0 or (0 <= size <= len(self._pending)) or not self._more():
                break
        if end < 0:
            end = len(self._pending)
        if 0 <= size < end:
            end = size
        line = self._pending[:end]
        self._pending = self._pending[end:]
        return line

    def truncate(self, pos=None):
        self._check()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._pending = ''
        self._tail = b''
        return self.buffer.truncate(pos)

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._pending = ''
        self._tail = b''
        self._eof = False
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._check()
        # (the buffer's position less what was decoded and not read yet: exact
        # unless newlines were translated from '\r\n' in the text read ahead)
        return self.buffer.tell() - len(self._pending.encode(self.encoding, self.errors)) - len(self._tail)

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, self.encoding)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    kinds = [c for c in 'rwxa' if c in modes]
    if len(kinds) != 1:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus'
                         if not kinds else 'must have exactly one of create/read/write/append mode')
    binary = 'b' in modes
    if binary and 't' in modes:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    raw_mode = kinds[0] + ('+' if '+' in modes else '')
    raw = FileIO(file, raw_mode)
    raw.mode = mode
    if '+' in modes:
        buffered = BufferedRandom(raw)
    elif kinds[0] == 'r':
        buffered = BufferedReader(raw)
    else:
        buffered = BufferedWriter(raw)
    if binary:
        return buffered
    text = TextIOWrapper(buffered, encoding, errors, newline)
    return text
