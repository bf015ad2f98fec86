s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print({0, False, 0.0, -0.0})
print(1.0 in {1}, True in {1}, {1.5, 2})
print({1.0, 2})
