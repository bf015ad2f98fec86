d = dict.fromkeys(['a', 'b', 'c'])
print(d)
d2 = dict.fromkeys('xy', 0)
print(d2)
shared = dict.fromkeys([1, 2], [])
shared[1].append('oops')
print(shared)
orig = {'k': [1]}
shallow = orig.copy()
shallow['k'].append(2)
shallow['n'] = 1
print(orig, shallow)
