import os
import os.path
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/abs', 'y'), os.path.join('dir/', 'f'))
print(os.path.split('/usr/lib/python3/x.py'), os.path.split('file'), os.path.split('/'))
print(os.path.basename('/a/b.tar.gz'), os.path.dirname('/a/b.tar.gz'), os.path.dirname('b'))
print(os.path.splitext('/a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('noext'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.normpath('/a//b/./c/../d'), os.path.normpath(''))
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name)
print(os.path.exists('/tmp'), os.path.isdir('/tmp'), os.path.isfile('/tmp'), os.path.exists('/tmp/rts-pycase-517-none'))
p = '/tmp/rts-pycase-517.txt'
with open(p, 'w') as f:
    f.write('x')
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p))
os.remove(p)
print(os.path.exists(p), os.strerror(2))
