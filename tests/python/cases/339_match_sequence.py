def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one: {a}'
        case [a, b]:
            return f'two: {a}, {b}'
        case [first, *rest] if len(rest) > 2:
            return f'long: {first} + {len(rest)} more'
        case [first, *_, last]:
            return f'first {first} last {last}'
        case _:
            return 'not a sequence'
for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], 'ab', 42, range(2)]:
    print(repr(v), '->', seq(v))
match (1, [2, 3]):
    case (a, [b, c]):
        print('nested', a, b, c)
