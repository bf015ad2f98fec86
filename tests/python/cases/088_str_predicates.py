tests = ['abc', 'ABC', 'Abc', '123', '12.5', '', ' \t\n', 'abc123', 'Hello World', '²', 'ab_c']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isdecimal(), t.isnumeric())
print('abc'.isidentifier(), '1abc'.isidentifier(), '_x1'.isidentifier(), 'abc'.isascii(), 'é'.isascii())
print('hello\n'.isprintable(), 'hello'.isprintable())
