x = None
tests = [lambda: x(), lambda: x[0], lambda: x.attr, lambda: x + 1, lambda: len(x), lambda: iter(x), lambda: -x, lambda: x < 1]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
