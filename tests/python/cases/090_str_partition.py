print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
a, sep, b = 'user@example.com'.partition('@')
print(a, sep, b)
