def handle(msg):
    match msg:
        case {'type': 'move', 'x': x, 'y': y}:
            return f'move to {x},{y}'
        case {'type': 'say', 'text': str(text)}:
            return f'say {text!r}'
        case {'type': 'quit', **rest}:
            return f'quit with {rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case _:
            return 'no type'
print(handle({'type': 'move', 'x': 1, 'y': 2, 'extra': 0}))
print(handle({'type': 'say', 'text': 'hi'}))
print(handle({'type': 'say', 'text': 5}))
print(handle({'type': 'quit', 'code': 0, 'why': 'done'}))
print(handle({'kind': 'x'}))
print(handle([('type', 'move')]))
