class Table:
    def __init__(self, rows):
        self.rows = rows
    def column(self, name):
        return list(map(lambda r: r[name], self.rows))
t = Table([{'a': 1, 'b': 2}, {'a': 3}])
print(t.column('a'))
print(t.column('b'))
