d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * 10
print(d)
del d[3]
d[3] = 'back'
print(d)
d[5] = 'updated'
print(d, list(d))
d.pop(9)
d[9] = 'end'
print(list(d.items()))
