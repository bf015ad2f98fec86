print('[' + 'abc'.center(9) + ']', '[' + 'abc'.center(8, '*') + ']', '[' + 'abcd'.center(9, '-') + ']')
print('[' + 'abc'.ljust(6) + ']', '[' + 'abc'.rjust(6, '.') + ']', '[' + 'abcdefg'.ljust(3) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(6), 'abc'.zfill(5), '12345'.zfill(3))
print('[' + 'ab'.center(5) + ']', '[' + 'ab'.center(1) + ']', '[' + 'a'.center(4) + ']')
