class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + self.s
vs = [Version(s) for s in ['1.10', '1.2', '1.9.1', '0.9', '1.2.0']]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('2.0') > Version('1.5'))
try:
    Version('1.0') <= Version('2.0')
except TypeError as e:
    print('TypeError', e)
