"""os.path for this interpreter: posixpath's string functions, abspath, and exists,
isfile and isdir through the interpreter's files (a directory opens for
reading, and reading it fails with EISDIR)."""

import _fileio

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def join(a, *p):
    for x in (a,) + p:
        if not isinstance(x, str):
            raise TypeError('join() argument must be str, bytes, or os.PathLike object, not %r'
                            % type(x).__name__)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def isabs(s):
    return s.startswith('/')


def normpath(path):
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(_fileio.getcwd(), path)
    return normpath(path)


def _kind(path):
    """'file', 'dir' or None (missing or unreadable)."""
    try:
        fd = _fileio.open(path, 0, 0)
    except OSError:
        return None
    try:
        _fileio.read(fd, 0)
        _fileio.read(fd, 1)
        return 'file'
    except IsADirectoryError:
        return 'dir'
    except OSError:
        return 'file'
    finally:
        _fileio.close(fd)


def exists(path):
    return _kind(path) is not None


def isfile(path):
    return _kind(path) == 'file'


def isdir(path):
    return _kind(path) == 'dir'
