def handle(msg):
    match msg:
        case {'type': 'move', 'pos': {'x': x, 'y': y}, **rest}:
            return f'move to {x},{y} extra={rest}'
        case {'type': 'say', 'text': str(text)} if text:
            return f'say {text!r}'
        case {'type': 'batch', 'items': [first, *others]}:
            return f'batch first={handle(first)} n_others={len(others)}'
        case {'type': 'say'}:
            return 'empty say'
        case {'type': t, **rest} if not rest:
            return f'bare {t}'
        case {'type': _}:
            return 'typed other'
        case {}:
            return 'untyped mapping'
        case [{'k': v}, *_]:
            return f'list starting with mapping k={v}'
        case _:
            return 'not a mapping'
msgs = [
    {'type': 'move', 'pos': {'x': 1, 'y': 2, 'z': 3}},
    {'type': 'move', 'pos': {'x': 1, 'y': 2}, 'speed': 5, 'dir': 'n'},
    {'type': 'say', 'text': 'hi'},
    {'type': 'say', 'text': ''},
    {'type': 'batch', 'items': [{'type': 'say', 'text': 'a'}, 1, 2]},
    {'type': 'ping'},
    {'type': 'ping', 'x': 1},
    {'other': 1},
    [{'k': 'v'}, 2],
    'text',
]
for m in msgs:
    print(handle(m))
from collections import defaultdict
dd = defaultdict(int, {'a': 1})
match dd:
    case {'missing': _}:
        print('matched missing')
    case {'a': 1}:
        print('default dict no __missing__ call', dict(dd))
