print(str(), repr(str()), str(123), str(1.5), str(b'abc', 'ascii'))
print(str(object=5), str([]), repr(str('x')))
class S:
    def __str__(self):
        return 'custom'
print(str(S()), '%s' % S(), f'{S()}', 'x' + str(S()))
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print('TypeError', e)
