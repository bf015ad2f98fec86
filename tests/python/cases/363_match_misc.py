def kind(v):
    match v:
        case bool():
            return 'bool'
        case int():
            return 'int'
        case [int(), *_]:
            return 'list starting with int'
        case (str() as a, str() as b):
            return f'pair of strings {a}{b}'
        case {'k': [*items]}:
            return f'k holds {len(items)} items'
        case _:
            return 'other'
for v in [True, 3, [1, 'x'], ('a', 'b'), ['a', 'b'], {'k': [1, 2, 3]}, {'k': 'str'}, 3.5]:
    print(repr(v), kind(v))
x = 42
match x:
    case 1:
        pass
print('no case matched, no error')
