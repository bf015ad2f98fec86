value = 1
def f():
    return 'f1'
