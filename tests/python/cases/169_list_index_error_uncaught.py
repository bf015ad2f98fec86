def last_three(xs):
    return [xs[-1], xs[-2], xs[-3]]
print(last_three([1, 2, 3, 4]))
print(last_three([1, 2]))
