def process(items):
    results = []
    for it in items:
        try:
            try:
                results.append(10 // it)
            except ZeroDivisionError:
                results.append('div0')
                raise ValueError('zero not allowed') if it == 0 and len(results) > 2 else None
        except ValueError as e:
            results.append(str(e))
        except TypeError as e:
            results.append('type: ' + str(e))
    return results
print(process([5, 0, 'x', 2, 0]))
