cands = ['abc', '_', '__init__', 'a1', '1a', '', 'a-b', 'a b', 'def', 'None', 'match', 'π', 'x²', 'été', 'a\u0301', '$x']
for c in cands:
    print(repr(c), c.isidentifier())
class Obj:
    pass
o = Obj()
for c in cands:
    if c.isidentifier():
        setattr(o, c, len(c))
print(sorted(k for k in vars(o)))
print(getattr(o, 'def'), getattr(o, 'π'))
