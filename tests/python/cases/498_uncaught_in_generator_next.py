def numbers():
    yield 1
    yield 2
    values = {'a': 1}
    yield values['b']
def consume(gen):
    for v in gen:
        print('got', v)
consume(numbers())
