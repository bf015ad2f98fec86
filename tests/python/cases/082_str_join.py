print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'))
print(' '.join(str(i) for i in range(5)), ', '.join([]), '|'.join(['only']))
print('\n'.join(['line1', 'line2']))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print('TypeError', e)
