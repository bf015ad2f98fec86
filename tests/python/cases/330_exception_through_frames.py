def level3():
    print('level3 start')
    raise KeyError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError:
        print('wrong handler')
    print('level1 unreachable?')
try:
    level1()
except KeyError as e:
    print('top caught', e)
