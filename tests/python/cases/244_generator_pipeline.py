def read(lines):
    for line in lines:
        yield line
def strip(lines):
    for l in lines:
        yield l.strip()
def nonempty(lines):
    return (l for l in lines if l)
def numbered(lines):
    for i, l in enumerate(lines, 1):
        yield f'{i}: {l}'
data = ['  alpha ', '', ' beta', '   ', 'gamma  ']
for out in numbered(nonempty(strip(read(data)))):
    print(out)
