import io, os
p = '/tmp/rts-pycase-516.txt'
try:
    open('/tmp/rts-pycase-516-missing/x.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e, e.errno, e.strerror, e.filename)
try:
    open('/tmp', 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
for mode in ['rw', 'q', 'rr', 'rbt', '']:
    try:
        open(p, mode)
    except ValueError as e:
        print('ValueError', repr(mode), e)
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)
with open(p, 'w') as f:
    f.write('x')
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e)
f = open(p)
try:
    f.write('y')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f.close()
for op in (f.read, f.readline, lambda: f.write('z')):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
try:
    with open(p) as g:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, g.closed)
os.remove(p)
try:
    os.remove(p)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
