count = 0
def bad():
    count += 1
    return count
try:
    bad()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def bad2():
    print(y)
    y = 1
try:
    bad2()
except NameError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
