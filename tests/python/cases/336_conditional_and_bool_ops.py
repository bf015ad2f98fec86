print(1 or 2, 0 or 2, 0 or '' or None, 'a' and 'b', '' and 'b', None and 1)
print(not 0, not 'x', 1 and 2 or 3, 0 and 2 or 3, [] or {} or 'last')
def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) and t(2))
x = 7
print('big' if x > 5 else 'small', 'neg' if x < 0 else 'zero' if x == 0 else 'pos')
print([('even' if i % 2 == 0 else 'odd') for i in range(3)])
