# compile() reports each syntax error as CPython's parser does: the
# exception's class, message, line and offset.
snippets = [
    "for v in values\n    print(v)\n",
    "while x\n    pass\n",
    "class C\n    pass\n",
    "if x:\n    pass\nelse\n    pass\n",
    "for v in values z:\n    pass\n",
    "def f(:\n    pass\n",
    "x = (1, 2\n",
    "x = [1, 2\ny = 3\n",
    "def f():\nreturn 1\n",
    "try:\n    x\nexcept ValueError:\ny\n",
    "with open(p) as fh:\nfh.read()\n",
    "if a:\n    b\nelif c:\nd\n",
    "while a:\n    b\nelse:\nc\n",
    "def f():\n    x = 1\n      y = 2\n",
    "  x = 1\n",
    "if 1:\n    a\n  b\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
