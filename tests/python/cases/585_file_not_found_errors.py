import os
missing = '/tmp/rts-pycase-585-missing.txt'
for mode in ['r', 'rb', 'r+', 'r+b']:
    try:
        open(missing, mode)
    except FileNotFoundError as e:
        print(mode, type(e).__name__, e.errno, e.strerror, repr(e.filename))
try:
    open(missing)
except OSError as e:
    print(str(e))
    print(repr(e))
    print(e.args, isinstance(e, IOError), IOError is OSError, EnvironmentError is OSError)
try:
    open('/tmp/rts-pycase-585-nodir/sub/file.txt', 'w')
except FileNotFoundError as e:
    print('write into missing dir:', e)
try:
    open('/tmp/')
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno, e)
try:
    os.remove(missing)
except FileNotFoundError as e:
    print('remove:', e)
try:
    open(42.5)
except TypeError as e:
    print('TypeError', e)
enc = '/tmp/rts-pycase-585-enc.txt'
try:
    open(enc, 'w', encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
print(os.path.exists(missing), os.path.exists(enc))
os.remove(enc)
e = FileNotFoundError(2, 'No such file or directory', 'x.txt')
print(e, e.errno, e.filename, e.filename2)
print(OSError(2, 'gone').__class__.__name__, OSError(17, 'exists').__class__.__name__, OSError(13, 'perm').__class__.__name__, OSError(99, 'other').__class__.__name__)
