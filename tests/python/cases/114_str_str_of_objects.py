print(str(None), str(True), str([1, 'a', None]), str((1,)), str({}), str(()), str([]))
print(str({'a': [1, (2, 3)]}), str(1.0), str(-0.0), str(b'x'))
print(repr([1, 'two', 3.0, None, True, (4,)]))
print(str(str), str(int), str(len), str(type(None)))
