s = 'line1\nline2\r\nline3\rline4\n\nline6'
print(s.splitlines())
print(s.splitlines(True))
print('no newline'.splitlines(), ''.splitlines(), 'trailing\n'.splitlines())
print('a\nb\n'.split('\n'))
