class K:
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
    def i(self):
        return 'instance'
k = K()
print(K.s(), k.s(), K.c(), k.c(), k.i(), K.i(k))
try:
    K.i()
except TypeError as e:
    print('TypeError', e)
print(type(K.__dict__['s']).__name__, type(K.__dict__['c']).__name__)
