class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def pay(self, n):
        if n > self.amount:
            raise InsufficientFunds(n, self.amount)
        self.amount -= n
        return self.amount
w = Wallet(10)
print(w.pay(3))
print(w.pay(20))
