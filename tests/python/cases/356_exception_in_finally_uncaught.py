def work():
    try:
        raise ValueError('first problem')
    finally:
        print('cleaning up')
        raise RuntimeError('cleanup failed')
work()
