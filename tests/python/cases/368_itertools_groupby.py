import itertools
data = 'aaabccdddda'
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in itertools.groupby(sorted(words, key=len), key=len):
    print(k, list(g))
