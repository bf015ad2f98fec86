print(int(), int(3.99), int(-3.99), int(2.0 ** 70))
print(int('42'), int(True), int(-0.0))
print(int(1e20), int(123456789.9))
class A:
    def __int__(self):
        return 99
print(int(A()))
class B:
    def __index__(self):
        return 7
print(int(B()), bin(B()), [10, 20, 30, 40, 50, 60, 70, 80][B()])
