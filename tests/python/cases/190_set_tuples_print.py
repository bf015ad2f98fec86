s = {(1, 2), (3, 4)}
print(len(s), (1, 2) in s, (2, 1) in s)
print(sorted(s))
s.add((1, 2))
print(len(s))
print({(0,)}, {()}, {(1, 2)})
