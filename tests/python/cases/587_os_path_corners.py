import os
import os.path as osp
print(osp.join('', 'a'), osp.join('a', ''), osp.join('a', '', 'b'), osp.join('/'), osp.join('a', '/b', 'c'))
print(osp.split('a/b/'), osp.split('//x'), osp.split(''), osp.split('a'))
print(osp.splitext('a.b.c'), osp.splitext('dir.d/file'), osp.splitext('..x'), osp.splitext('/a/.hidden.txt'))
print(repr(osp.basename('a/b/')), osp.basename('/'), osp.dirname('/'), osp.dirname('/a'), repr(osp.dirname('a/')))
print(osp.normpath('a/../../b'), osp.normpath('//a//b'), osp.normpath('./'), osp.normpath('/..'))
print(osp.isabs(''), osp.isabs('//x'), os.sep.join(['x', 'y']), osp.sep == os.sep)
print(osp.exists(''), osp.isdir('/'), osp.isfile('/'), osp.exists('/tmp/'), osp.isdir('/tmp/.'))
d = '/tmp'
p = osp.join(d, 'rts-pycase-587.dat')
with open(p, 'wb') as f:
    f.write(b'x' * 3)
print(osp.exists(p), osp.isfile(p), osp.isdir(p), osp.basename(p), osp.splitext(osp.basename(p))[1])
os.unlink(p)
print(osp.exists(p))
try:
    os.unlink(p)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    osp.join('a', 5)
except TypeError as e:
    print('TypeError', e)
