data = ['10', '20', 'x30', '40']
def as_int(s):
    return int(s)
print([as_int(d) for d in data[:2]])
result = [as_int(d) * 2
          for d in data]
print(result)
