log = []
def f(n):
    try:
        log.append('try ' + str(n))
        if n == 0:
            raise ValueError('zero')
        try:
            log.append('inner ' + str(n))
            return f(n - 1)
        finally:
            log.append('inner finally ' + str(n))
    except ValueError as e:
        log.append('caught at ' + str(n))
        return 'recovered'
    finally:
        log.append('outer finally ' + str(n))
print(f(2))
for line in log:
    print(line)
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
                print('body', i)
            finally:
                print('inner', i)
        finally:
            print('outer', i)
    else:
        print('else')
    return 'g done'
print(g())
