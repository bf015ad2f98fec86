# code compiled in "single" mode prints its expression statements' values through sys.displayhook
import sys
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
print(_)
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("def f():\n    5\n", "<s>", "single"))
f()
shown = []
sys.displayhook = shown.append
exec(compile("[1, 2]", "<s>", "single"))
print(shown)
sys.displayhook = sys.__displayhook__
exec(compile("(1, 'a')", "<s>", "single"))
exec(compile("a = 2; a * 3; a + 1", "<s>", "single"))
try:
    compile("if 1:\n    pass\nb = 1\n", "<s>", "single")
except SyntaxError as e:
    print(e.msg)
