n = 1234567
print(format(n, ','), format(n, '_'), format(n, '10d'), format(n, '<10d') + '|')
print(format(n, '^12'), format(n, '+'), format(-n, '+'), format(n, ' '))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#o'), format(255, '#b'))
print(format(255, '08b'), format(-255, '#06x'), format(42, '010,'))
print(format(2 ** 40, '_x'), format(10 ** 10, ',d'))
print(f'{42:>6}|{42:<6}|{42:^6}|{42:*^7}|{-42:=8}')
print(format(65, 'c'), format(1234, 'e'), format(5, '.2f'), format(7, '%'))
