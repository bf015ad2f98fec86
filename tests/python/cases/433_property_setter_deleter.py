class Account:
    def __init__(self):
        self._balance = 0
        self.log = []
    @property
    def balance(self):
        """The balance."""
        self.log.append('get')
        return self._balance
    @balance.setter
    def balance(self, v):
        self.log.append('set ' + str(v))
        if v < 0:
            raise ValueError('negative')
        self._balance = v
    @balance.deleter
    def balance(self):
        self.log.append('del')
        self._balance = 0
a = Account()
a.balance = 50
a.balance += 25
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError', e)
del a.balance
print(a.balance, a.log)
print(Account.balance.__doc__, type(Account.balance).__name__)
print(Account.balance.fget.__name__, Account.balance.fset is not None, Account.balance.fdel is not None)
class ReadOnly:
    @property
    def x(self):
        return 1
r = ReadOnly()
try:
    r.x = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    del r.x
except AttributeError as e:
    print('AttributeError', e)
def get_y(self):
    return 'y'
class Legacy:
    y = property(get_y, doc='legacy doc')
print(Legacy().y, Legacy.y.__doc__)
