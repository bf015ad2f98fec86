import random
random.seed(3)
print([random.getrandbits(k) for k in [1, 2, 8, 16, 31, 32, 33]])
print(random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
print(hex(random.getrandbits(128)))
random.seed(3)
print(random.getrandbits(1), random.random())
r = random.Random()
r.seed(10)
print(r.getrandbits(32), r.randbytes(5).hex())
try:
    random.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)
random.seed(3.5)
print(random.random())
random.seed(35)
print(random.randrange(2 ** 64))
