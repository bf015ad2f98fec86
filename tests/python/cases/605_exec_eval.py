# exec, eval and compile: namespaces, defaults, code objects, errors
x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
print(eval(b"x - 1"))
exec("y = x * 3")
print(y)
g = {"a": 5}
exec("b = a + 1\ndef f(n):\n    return n + a\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["b"], g["f"](1))
print("__builtins__" in g)
ns = {}
loc = {}
exec("z = 7\nw = z + 1", ns, loc)
print(sorted(k for k in ns if k != "__builtins__"), loc)
print(eval("a * 2", {"a": 21}))
print(eval("p + q", {"p": 1}, {"q": 2}))

def f():
    v = 3
    print(eval("v + x"))
    exec("v = 100")
    print(v)
    d = {}
    exec("u = v * 2", globals(), dict(locals(), **d))
    print(d)
f()

c = compile("1 + 2", "<expr>", "eval")
print(type(c).__name__, c.co_filename, c.co_name)
print(eval(c))
c2 = compile("r = [i * i for i in range(4)]\nprint(r)", "<prog>", "exec")
exec(c2)
print(r)
print(eval(compile("q = 5", "s", "exec")))
print(eval("[k for k in range(3)]"))
print(eval("(lambda t: t + x)(1)"))
print(eval("sum(i for i in range(5))"))
for src, mode in [("1 +", "eval"), ("x = (1,\n 2 +", "exec"), ("def :", "exec"), ("a = 1\nb = 2", "single")]:
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x", "s", "bad")
except ValueError as e:
    print(e)
for bad in [lambda: exec(123), lambda: eval(123), lambda: eval("1", []), lambda: exec("1", 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("caught", e)
def g2(n):
    return n * 2
print(g2.__code__.co_name, g2.__code__.co_argcount, g2.__code__.co_varnames)
exec("class K:\n    val = 4\n    def m(self):\n        return self.val\n", g)
print(g["K"]().m())
exec("import math\nprint(math.floor(2.5))")
print(eval("__name__"))
print(eval("x", {"x": 1}, {"x": 2}))
code = compile("for i in range(2):\n    i\n", "s", "single")
exec(code)
