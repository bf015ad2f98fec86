def invert(mapping):
    return {v: k for k, v in mapping.items()}
def build_index(rows):
    print('indexing', len(rows), 'rows')
    return {row['id']: row for row in rows if row.get('active', True)}
print(invert({'a': 1, 'b': 2}))
print(invert({}), {k: v for k, v in [('x', 1)] if v})
rows = [{'id': 1}, {'id': 2, 'active': False}, {'name': 'no id'}]
print(build_index(rows[:2]))
print(build_index(rows))
