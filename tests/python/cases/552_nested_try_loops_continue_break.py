results = []
for i in range(6):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            if i == 4:
                break
            results.append(('ok', i))
        except ValueError:
            results.append(('inner caught', i))
            if i == 3:
                continue
            raise KeyError(i)
        finally:
            results.append(('inner finally', i))
    except KeyError as e:
        results.append(('outer caught', e.args[0]))
    else:
        results.append(('else', i))
for r in results:
    print(r)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry %d' % attempts)
    except ConnectionError as e:
        print('caught', e)
        continue
    else:
        print('succeeded after', attempts)
        break
    finally:
        print('finally for attempt', attempts)
for outer in 'ab':
    for inner in range(3):
        try:
            if inner == 1:
                break
        finally:
            print('fin', outer, inner)
    else:
        print('no break')
