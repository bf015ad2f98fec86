try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError', e)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
print(2 ** -2, (-2) ** -3)
