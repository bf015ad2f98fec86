def make_pair():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())
def counters():
    fs = []
    for i in range(3):
        def f(j=i):
            return j
        fs.append(f)
    return [f() for f in fs]
print(counters())
