s = {5, 1, 3}
out = []
while s:
    out.append(s.pop())
print(out)
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
s = set(range(10, 0, -1))
print(s)
print({100, 3, 64, 32}, {8, 16, 1})
