for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
while True:
    try:
        print('in loop')
        break
    finally:
        print('finally on break')
def f():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(f())
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print('swallowing', i)
            continue
    return 'done'
print(g())
