class Query:
    def __init__(self, rows):
        self.rows = rows
    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])
    def select(self, field):
        return [r[field] for r in self.rows]
    def first(self, field):
        return self.select(field)[0]
q = Query([{'n': 1, 'v': 'a'}, {'n': 2, 'v': 'b'}])
print(q.where(lambda r: r['n'] > 1).select('v'))
print(q.where(lambda r: r['n'] > 0).first('v'))
print(q.where(lambda r: r['n'] > 5).first('v'))
