s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.update([5, 6], {7})
print(s)
s.clear()
print(s, len(s))
