data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def nxt():
    global pos
    pos += 1
    return data[pos - 1]
print(list(iter(nxt, 9)))
print(pos)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
it = iter(Counter(), 5)
print(next(it), next(it), list(it), list(it))
import io
buf = io.StringIO('line1\nline2\nline3\n')
print(list(iter(buf.readline, '')))
from functools import partial
chunks = io.StringIO('abcdefgh')
print(list(iter(partial(chunks.read, 3), '')))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError', e)
it2 = iter(lambda: 1, 1)
print(list(it2))
