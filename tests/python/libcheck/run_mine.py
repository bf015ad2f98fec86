# Runs a test script under CPython with the modules of languages/python/lib
# standing in for CPython's own: python3 run_mine.py TEST.py
import sys
import os
import importlib.util

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..',
                   'languages', 'python', 'lib')
MODULES = ['operator', 'collections', 'functools', 'itertools', 'heapq', 'bisect',
           'copy', 'string', 'io', 'array']

test = sys.argv[1]
with open(test) as f:
    source = f.read()
code = compile(source, test, 'exec')

saved = {}
for name in MODULES:
    saved[name] = sys.modules.get(name)
    spec = importlib.util.spec_from_file_location(name, os.path.join(LIB, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)

sys.argv = [test]
g = {'__name__': '__main__', '__file__': test, '__builtins__': __builtins__}
try:
    exec(code, g)
finally:
    sys.stdout.flush()
    # CPython's own machinery (exit, tracebacks) gets its modules back
    for name, module in saved.items():
        if module is not None:
            sys.modules[name] = module
