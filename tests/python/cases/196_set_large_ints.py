s = {1000, 2000, 3, 70, 9}
print(s)
t = set(range(0, 100, 7))
print(t)
print({-10, 10, -20, 20})
