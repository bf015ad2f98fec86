def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print('generator finalized')
g = gen()
for x in g:
    if x == 2:
        break
    print(x)
print('after loop')
g.close()
print('after close')
g.close()
print(list(g))
g2 = gen()
print(next(g2), next(g2))
g2.close()
print('done')
