class Deck:
    ranks = '23456789TJQKA'
    suits = 'SH'
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[:3], 'AS' in d, 'XX' in d)
print([c for c in d if c.startswith('K')], sorted(d, key=lambda c: Deck.ranks.index(c[0]))[-2:])
