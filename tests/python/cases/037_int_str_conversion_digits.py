n = 2 ** 64
digits = []
while n:
    digits.append(n % 10)
    n //= 10
print(''.join(str(d) for d in reversed(digits)))
print(int(''.join(map(str, range(1, 30)))))
print(hex(int('deadbeefcafebabe' * 2, 16)))
