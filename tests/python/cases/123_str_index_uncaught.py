def get_char(s, i):
    return s[i]
print(get_char('abc', 2))
print(get_char('abc', 3))
