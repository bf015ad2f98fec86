import random
random.seed(2024)
colors = ['red', 'green', 'blue', 'yellow', 'purple']
print([random.choice(colors) for _ in range(8)])
print(random.choice('abcdef'), random.choice(range(100)), random.choice((1, 2)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list('python')
random.shuffle(letters)
print(''.join(letters))
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
print(random.choices(colors, k=5))
print(random.choices(colors, weights=[10, 1, 1, 1, 1], k=6))
print(random.choices(range(3), cum_weights=[1, 2, 10], k=6))
