class TypedDict(dict):
    def __init__(self, value_type):
        super().__init__()
        self.value_type = value_type
    def __setitem__(self, key, value):
        if not isinstance(value, self.value_type):
            raise TypeError(f'{key!r} must be {self.value_type.__name__}, got {type(value).__name__}')
        super().__setitem__(key, value)
def fill(d, pairs):
    for k, v in pairs:
        d[k] = v
    return d
d = TypedDict(int)
print(fill(d, [('a', 1), ('b', 2)]))
fill(d, [('c', 3), ('d', 'four')])
