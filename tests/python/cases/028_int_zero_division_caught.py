ops = [
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1 / 0', lambda: 1 / 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('5 % 0.0', lambda: 5 % 0.0),
    ('0 ** -1', lambda: 0 ** -1),
    ('2**100 // 0', lambda: 2 ** 100 // 0),
]
for text, fn in ops:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, '->', e)
