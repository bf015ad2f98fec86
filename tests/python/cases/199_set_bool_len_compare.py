print(bool(set()), bool({0}), len(frozenset('aab')))
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4})
print(max({1, 2}, {3}, key=len), min([{1, 2, 3}, {1}], key=len))
print({1, 2}.union(), {1, 2}.intersection({2, 3}, {2, 4}))
