class Account:
    def __init__(self):
        self.__balance = 100
        self._internal = 'ok'
    def balance(self):
        return self.__balance
a = Account()
print(a.balance(), a._internal, a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print('AttributeError', e)
print(sorted(vars(a)))
class Sub(Account):
    def peek(self):
        return self.__balance
try:
    Sub().peek()
except AttributeError as e:
    print('AttributeError', e)
