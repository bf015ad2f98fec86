b = b'  Hello, World! \n'
print(b.strip(), b.lstrip(), b.rstrip(b' \n!'), b.strip(b' \nH'))
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 2), b'a b  c'.rsplit(None, 1))
print(b'one\ntwo\r\nthree\r'.splitlines(), b'x\ny\n'.splitlines(keepends=True))
print(b'abcabc'.count(b'b'), b'abcabc'.count(98), b'abcabc'.find(b'c', 3), b'abc'.rfind(99), b'abc'.index(b'b'))
print(b'aaa'.replace(b'a', b'xy', 2), b'hello'.startswith((b'he', b'x')), b'hello'.endswith(b'lo', 0, 5))
print(b'abc'.upper(), b'ABC'.lower(), b'hello world'.title(), b'hELLO'.swapcase(), b'hi there'.capitalize())
print(b'caf\xc3\xa9'.upper(), b'\xe9'.isalpha(), b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace())
print(b'Title Case'.istitle(), b'UP'.isupper(), b'low'.islower(), b''.isdigit(), b'abc'.isascii(), b'\x80'.isascii())
print(b'ab'.center(6, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'-42'.zfill(6), b'a\tb'.expandtabs(4))
print(b'-'.join([b'a', b'b', b'c']), b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='))
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), len(t))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))
try:
    b'abc'.split('b')
except TypeError as e:
    print('TypeError', e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError', e)
print(b'%s-%d-%x-%r' % (b'x', 5, 255, 'q'), b'%5s|%-5s|' % (b'ab', b'cd'))
