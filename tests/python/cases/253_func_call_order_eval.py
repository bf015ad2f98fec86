def t(label, v):
    print('eval', label)
    return v
def f(a, b, c=None, **kw):
    return a + b
print(f(t('a', 1), t('b', 2), c=t('c', 3), d=t('d', 4)))
print(t('left', 1) + t('right', 2) * t('third', 3))
d = {t('k1', 'a'): t('v1', 1), t('k2', 'b'): t('v2', 2)}
print(d)
