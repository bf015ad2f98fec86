f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(f % 1000003)
s = 0
for d in str(f):
    s += int(d)
print(s)
