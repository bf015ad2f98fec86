s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixyx'.strip('xy'), 'xxhixyx'.lstrip('x'), 'xxhixyx'.rstrip('yx'))
print('www.example.com'.strip('cmowz.'), repr('   '.strip()), 'abc'.strip(''))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'abc'.removeprefix('x'))
