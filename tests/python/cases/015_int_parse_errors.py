for s in ['12a', '', '1__0', '_1', '0x10', '1.5', ' ', '0b10']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print('ValueError', e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int('10', 1)
except ValueError as e:
    print(e)
