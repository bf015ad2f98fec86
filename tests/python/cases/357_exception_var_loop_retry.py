attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f'attempt {attempts} failed')
    return 'success'
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print('retry after:', e)
        continue
    else:
        print('got', result, 'on try', i + 1)
        break
print(issubclass(ConnectionError, OSError))
