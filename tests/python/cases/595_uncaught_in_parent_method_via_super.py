class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount
        return self.balance
class Savings(Account):
    def withdraw(self, amount):
        fee = 1
        return super().withdraw(amount + fee)
acct = Savings(10)
print(acct.withdraw(4))
print(acct.withdraw(4))
print(acct.withdraw(4))
