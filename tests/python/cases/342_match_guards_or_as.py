def grade(score):
    match score:
        case int(s) if s >= 90:
            return 'A'
        case int(s) if s >= 80:
            return 'B'
        case int() | float() as s if s < 0:
            return 'invalid negative'
        case int():
            return 'C or below'
        case _:
            return 'not a score'
for s in [95, 85, 50, -5, -1.5, 'x']:
    print(s, grade(s))
cmd = 'go north'
match cmd.split():
    case ['go', ('north' | 'south') as direction]:
        print('moving', direction)
    case ['go', other]:
        print('cannot go', other)
RED = 'red'
class C:
    RED = 'red'
match 'red':
    case C.RED:
        print('matched dotted constant')
