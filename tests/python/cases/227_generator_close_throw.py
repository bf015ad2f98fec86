def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
g.close()
g2 = gen()
print(next(g2))
g2.close()
print('closed')
g3 = gen()
g3.close()
print('never started')
