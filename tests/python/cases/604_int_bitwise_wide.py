# & | ^ and shifts of ints beyond 32 bits (a Mersenne Twister's words): the small-int paths, two's complement as Python's
import random
r = random.Random(5)
vals = [0, 1, -1, 2**31, 2**31-1, -2**31, 2**32-1, 2**32, -2**32, 2**52, -2**52, 2**53-1, -(2**53-1), 0x9d2c5680, 0xefc60000, 0xffffffff]
for _ in range(300):
    e = r.randrange(1, 53)
    vals.append(r.randrange(-2**e, 2**e))
acc = 0
for a in vals:
    for b in vals[:40]:
        acc = (acc * 31 + (a & b) + 3 * (a | b) + 7 * (a ^ b)) % 1000000007
print(acc)
print([(a >> 3, a << 5, a >> 40) for a in vals[:20]])
y = 0x12345678
print(y ^ (y >> 11), (y ^ (y << 7)) & 0x9d2c5680, (y << 15) & 0xefc60000)
