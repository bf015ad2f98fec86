try:
    {1, 2} + {3}
except TypeError as e:
    print('TypeError', e)
try:
    s = {1, 2}
    s[0]
except TypeError as e:
    print('TypeError', e)
try:
    frozenset([1]).remove(1)
except AttributeError as e:
    print('AttributeError', e)
print({1, 2} - {2}, {1, 2} & set())
