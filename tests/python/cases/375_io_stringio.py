import io
buf = io.StringIO()
buf.write('hello ')
buf.write('world\n')
print('line 2', file=buf)
print(repr(buf.getvalue()))
r = io.StringIO('a\nb\nc')
print(r.readline(), end='')
print(r.read())
r.seek(0)
print(r.readlines())
print([line.strip() for line in io.StringIO('x\ny\n')])
import sys
old = sys.stdout
sys.stdout = cap = io.StringIO()
print('captured!')
sys.stdout = old
print('got:', repr(cap.getvalue()))
