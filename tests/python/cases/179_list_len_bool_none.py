print(len([]), len([None]), len([[], []]), bool([]), bool([None]))
x = None
print(x is None, x == None, [x] * 2, (x,))
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
try:
    len(None)
except TypeError as e:
    print('TypeError', e)
