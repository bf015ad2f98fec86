inner = [1, 2]
outer = [inner, inner]
inner.append(3)
print(outer)
outer[0].append(4)
print(inner, outer[1])
outer[1] = [9]
print(outer, inner)
a = [1, 2, 3]
b = a
b += [4]
print(a)
b = b + [5]
print(a, b)
