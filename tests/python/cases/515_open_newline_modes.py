import os
p = '/tmp/rts-pycase-515.txt'
with open(p, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rlast')
with open(p) as f:
    print(f.readlines())
with open(p, newline='') as f:
    print(f.readlines())
with open(p, newline='\r\n') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(f.read().split('\r'))
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', newline='') as f:
    f.write('c\r\nd\n')
with open(p, 'rb') as f:
    print(f.read())
os.remove(p)
