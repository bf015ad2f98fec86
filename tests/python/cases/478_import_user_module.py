import helper_mod_478
import helper_mod_478 as again
from helper_mod_478 import bump, Greeter, counter
print(helper_mod_478 is again, helper_mod_478.__name__, helper_mod_478.__doc__)
print(bump(), bump(5), counter, helper_mod_478.counter)
print(Greeter('ann').greet(), type(Greeter('x')).__module__)
helper_mod_478.counter = 100
print(bump(), counter)
import sys
print('helper_mod_478' in sys.modules, sys.modules['helper_mod_478'] is again)
print(helper_mod_478._private, hasattr(helper_mod_478, 'PI_ISH'))
from helper_mod_478 import *
print('bump' in dir(), 'PI_ISH' in dir(), Greeter.__qualname__)
try:
    from helper_mod_478 import nothing_here
except ImportError as e:
    print('ImportError', str(e).split(' (')[0], e.name)
try:
    import no_such_module_478
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
