print((1.0).hex(), (0.5).hex(), (-2.75).hex(), (0.1).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
