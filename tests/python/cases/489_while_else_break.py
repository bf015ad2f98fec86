def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found, i =', i)
    return i
find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print('n', n)
else:
    print('else after continue loop')
count = 0
while True:
    count += 1
    while count < 5:
        count += 2
        if count == 5:
            break
    else:
        print('inner else', count)
        continue
    print('inner broke at', count)
    break
while False:
    print('never')
else:
    print('else of never-run loop')
def ret_in_loop():
    k = 0
    while k < 10:
        k += 1
        if k == 3:
            return 'returned'
    else:
        return 'else'
print(ret_in_loop())
