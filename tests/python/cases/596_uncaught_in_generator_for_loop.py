def parse(lines):
    for line in lines:
        key, value = line.split('=')
        yield key.strip(), int(value)
def load(lines):
    result = {}
    for k, v in parse(lines):
        print('loaded', k, v)
        result[k] = v
    return result
print(load(['a = 1', 'b = 2']))
print(load(['c = 3', 'broken line', 'd = 4']))
