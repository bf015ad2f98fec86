s = 'café ☕ ok'
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'))
print(s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
print(s.encode('latin-1', 'replace'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
    print(e.start, e.end, e.reason, e.encoding)
bad = b'ab\xffcd\xc3'
print(bad.decode('utf-8', 'ignore'), repr(bad.decode('utf-8', 'replace')), bad.decode('utf-8', 'backslashreplace'))
try:
    bad.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError))
