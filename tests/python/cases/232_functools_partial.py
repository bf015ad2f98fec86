from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
print(square.args, square.keywords, two_to.args)
pr = partial(print, sep='|')
pr('a', 'b', 'c')
int2 = partial(int, base=2)
print(int2('1011'))
