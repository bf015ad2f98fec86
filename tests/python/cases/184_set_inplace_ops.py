s = {1, 2, 3, 4, 5}
s &= {1, 2, 3, 9}
print(s)
s |= {10}
print(s)
s -= {1}
print(s)
s ^= {2, 20}
print(s)
t = {1, 2, 3, 4}
t.intersection_update({2, 3, 5})
print(t)
t.difference_update({3})
print(t)
t.symmetric_difference_update({2, 8})
print(t)
