for n in [0, 1, 2, 3, 255, 256, -1, -255, -256, 2 ** 100, -(2 ** 100)]:
    print(n, n.bit_length())
print((37).bit_count() if hasattr(int, 'bit_count') else 'n/a')
