def describe(name, *tags, sep=', ', **attrs):
    parts = [name]
    if tags:
        parts.append('[' + sep.join(tags) + ']')
    for k in sorted(attrs):
        parts.append(f'{k}={attrs[k]!r}')
    return ' '.join(parts)
print(describe('box'))
print(describe('box', 'red', 'big'))
print(describe('box', 'x', 'y', sep='/', weight=2.5, label='fragile'))
