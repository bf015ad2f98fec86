def ok():
    return 1
def f(:
    pass
