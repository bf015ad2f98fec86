records = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 1), ('eve', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted((3, 1)), sorted({3: 'x', 1: 'y'}))
