def outer():
    x = 1
    def inner():
        return x
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(inner())
outer()
def before_assignment():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 'now set'
    return inner()
print(before_assignment())
def local_unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, isinstance(e, NameError), e)
    z = 3
local_unbound()
def global_missing():
    global not_defined_anywhere
    try:
        return not_defined_anywhere
    except NameError as e:
        return 'NameError: ' + str(e)
print(global_missing())
def del_twice():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
del_twice()
