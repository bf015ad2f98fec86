class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__, isinstance(e, int))
class Shout(str):
    def __str__(self):
        return self.upper()
s = Shout('hi')
print(s, len(s), s + '!', repr(s), type(s.lower()).__name__)
class Celsius(float):
    def __repr__(self):
        return f'{float(self)}°C'
print([Celsius(21.5)], Celsius(1) + 1)
