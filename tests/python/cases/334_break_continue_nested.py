for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print('multiple of 3:', n)
