a = 'hello'
b = a
a += ' world'
print(a, b)
s = 'abc'
t = s.upper()
print(s, t)
parts = []
for i in range(3):
    parts.append(str(i))
print(''.join(parts), parts)
