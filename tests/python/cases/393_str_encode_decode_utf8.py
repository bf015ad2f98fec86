for s in ['abc', 'é', '€', '😀', 'aé€😀', '']:
    b = s.encode()
    print(repr(s), b, len(b), list(b), b.decode() == s)
print('é'.encode('utf-8'), 'é'.encode('latin-1'), 'abc'.encode('ascii'))
print(b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), str(b'abc', 'ascii'))
print('Ünïcödé'.encode('utf-8').decode('latin-1'))
print(len('naïve café'), len('naïve café'.encode()))
print('hi'.encode('utf-8') == b'hi', type('x'.encode()).__name__)
print(bytes('日本', 'utf-8'), bytes('日本', 'utf-8').decode())
