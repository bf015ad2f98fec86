def deco(label):
    print('making', label)
    def d(f):
        print('applying', label)
        def w():
            return label + '(' + f() + ')'
        return w
    return d
@deco('outer')
@deco('inner')
def base():
    return 'base'
print(base())
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
