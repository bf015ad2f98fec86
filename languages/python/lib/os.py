"""A small os module for this interpreter: file removal, error texts, getcwd, the
path helpers of os.path (posixpath's string functions, and exists / isfile
/ isdir through the interpreter's files), and the constants programs read."""

import _fileio

__all__ = ['remove', 'unlink', 'strerror', 'getcwd', 'path', 'sep', 'linesep', 'curdir', 'pardir',
           'extsep', 'altsep', 'pathsep', 'devnull', 'name', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


def remove(path):
    _fileio.remove(path)


unlink = remove


def strerror(code):
    return _fileio.strerror(code)


def getcwd():
    return _fileio.getcwd()


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(path).__name__)


import posixpath as path
import sys as _sys
_sys.modules['os.path'] = path
