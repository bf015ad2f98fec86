def v(n):
    print('eval', n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] == True)
a = [1]
print(a is a is not None, 1 in a in [a])
