for v in [0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), {}, None, 2 ** 100]:
    print(repr(v), bool(v), 'yes' if v else 'no')
