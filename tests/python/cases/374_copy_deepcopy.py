import copy
orig = {'nums': [1, 2], 'nested': {'k': [3]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['nums'].append(99)
orig['nested']['k'].append(4)
print(shallow, deep)
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
c[0].append(3)
print(b, c, c[0] is c[1])
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
n = Node(1)
n.kids.append(Node(2))
m = copy.deepcopy(n)
m.kids[0].v = 20
print(n.kids[0].v, m.kids[0].v, copy.copy(n).kids is n.kids)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
