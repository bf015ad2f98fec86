import io
import sys


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


buf = io.StringIO()
print(buf.write('hello '), buf.write('world\n'), buf.tell())
print('line 2', file=buf)
print('a', 'b', sep='-', end='!\n', file=buf)
print(repr(buf.getvalue()), buf.tell())
r = io.StringIO('a\nb\nc')
print(repr(r.readline()), repr(r.read()), repr(r.read()), repr(r.readline()))
print(r.seek(0), r.readlines(), r.tell())
print([line.strip() for line in io.StringIO('x\ny\n')], list(io.StringIO('')), list(io.StringIO('no newline')))
old = sys.stdout
sys.stdout = cap = io.StringIO()
print('captured!')
print(1, 2, 3)
sys.stdout = old
print('got:', repr(cap.getvalue()))

s = io.StringIO('hello\nworld')
for label, thunk in [('seek neg', lambda: s.seek(-1)), ('seek cur', lambda: s.seek(1, 1)),
                     ('seek whence', lambda: s.seek(0, 3)), ('seek end', lambda: s.seek(0, 2)),
                     ('tell', lambda: s.tell()), ('write int', lambda: s.write(1)),
                     ('read2', lambda: s.read(2)), ('readline0', lambda: s.readline(0)),
                     ('trunc neg', lambda: s.truncate(-1)), ('trunc', lambda: s.truncate(3)),
                     ('value', lambda: s.getvalue()), ('tell2', lambda: s.tell()),
                     ('seek10', lambda: s.seek(10)), ('write X', lambda: s.write('X')),
                     ('value2', lambda: s.getvalue()), ('readable', lambda: s.readable()),
                     ('writable', lambda: s.writable()), ('seekable', lambda: s.seekable()),
                     ('isatty', lambda: s.isatty()), ('seek cur0', lambda: s.seek(0, 1)),
                     ('close', lambda: s.close()), ('closed', lambda: s.closed),
                     ('read closed', lambda: s.read()), ('value closed', lambda: s.getvalue()),
                     ('seek closed', lambda: s.seek(0)), ('write closed', lambda: s.write('a')),
                     ('tell closed', lambda: s.tell()), ('close again', lambda: s.close())]:
    show(label, thunk)
show('init int', lambda: io.StringIO(1))
show('bad newline', lambda: io.StringIO(newline='x'))
show('fileno', lambda: io.StringIO().fileno())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

s = io.StringIO('abc')
print(s.readlines(1), repr(s.read(-5)), repr(s.read(None)))
s = io.StringIO('ab\ncd\nef\n')
print(s.readlines(3), s.readlines(0))
s = io.StringIO('abc'); s.seek(5); print(s.tell(), repr(s.read()), repr(s.getvalue()))
s = io.StringIO('abc'); print(s.write('xy'), s.tell(), s.getvalue()); print(next(s), s.writelines(['1', '2']), s.getvalue())
s = io.StringIO('ab\ncd'); print(s.readline(1), s.readline(1), repr(s.readline(5)), s.readline(), repr(s.readline()))
s = io.StringIO('abcdef'); s.seek(2); s.write('Z'); s.seek(0, 2); s.write('!'); print(s.getvalue(), s.tell())
s = io.StringIO('abcdef'); s.seek(3); print(s.truncate(), s.getvalue(), s.tell(), s.read())
s = io.StringIO(None); print(repr(s.getvalue()))

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write('x\r\ny\rz\n')
    print(repr(nl), repr(s.getvalue()))

with io.StringIO('ctx\n') as f:
    print(f.read(), f.closed)
print(f.closed)
show('enter closed', lambda: f.__enter__())
show('iter closed', lambda: iter(f))
lines = []
for line in io.StringIO('1\n2\n3'):
    lines.append(line)
print(lines)
big = io.StringIO()
for i in range(1000):
    big.write(str(i))
    big.write(',')
v = big.getvalue()
print(len(v), v[:20], v[-10:])
big.seek(0)
print(big.read(10), big.tell())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

# ---- BytesIO
b = io.BytesIO(b'hello\nworld')
for label, thunk in [('seek neg', lambda: b.seek(-1)), ('seek end-3', lambda: b.seek(-3, 2)),
                     ('tell', lambda: b.tell()), ('seek cur-100', lambda: b.seek(-100, 1)),
                     ('seek cur2', lambda: b.seek(2, 1)), ('seek whence', lambda: b.seek(0, 5)),
                     ('read3', lambda: b.read(3)), ('write str', lambda: b.write('s')),
                     ('init str', lambda: io.BytesIO('s')), ('trunc neg', lambda: b.truncate(-1)),
                     ('trunc', lambda: b.truncate(4)), ('value', lambda: b.getvalue()),
                     ('tell2', lambda: b.tell()), ('seek8', lambda: b.seek(8)),
                     ('write Z', lambda: b.write(b'Z')), ('value2', lambda: b.getvalue()),
                     ('seek0', lambda: b.seek(0)), ('readline', lambda: b.readline()),
                     ('readlines', lambda: b.readlines()), ('read', lambda: b.read()),
                     ('readable', lambda: b.readable()), ('fileno', lambda: b.fileno()),
                     ('close', lambda: b.close()), ('read closed', lambda: b.read()),
                     ('value closed', lambda: b.getvalue()), ('closed', lambda: b.closed),
                     ('none init', lambda: io.BytesIO(None).getvalue()),
                     ('read none', lambda: io.BytesIO(b'abc').read(None)),
                     ('write int', lambda: io.BytesIO().write(1)),
                     ('seek float', lambda: io.BytesIO(b'ab').seek(1.5)),
                     ('read str', lambda: io.BytesIO(b'ab').read('x'))]:
    show(label, thunk)
bb = io.BytesIO()
for i in range(5):
    bb.write(b'line %d\n' % i if False else b'line\n')
bb.write(b'end')
bb.seek(0)
print(bb.readlines(), bb.tell())
bb.seek(0)
print([l for l in bb], bb.readline(), io.BytesIO(b'a\nb').readline(1))
with io.BytesIO(b'xyz') as f2:
    print(f2.read(2), f2.read(5), f2.read())
print(f2.closed, isinstance(f2, io.BufferedIOBase), isinstance(f2, io.IOBase))
