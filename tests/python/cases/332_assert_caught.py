def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(5))
try:
    check(-2)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print('bare assert', repr(e), e.args)
assert True, 'never'
print('done')
