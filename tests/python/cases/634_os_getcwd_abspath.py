# os.getcwd and os.path.abspath (the suite runs each case in its own folder)
import os
import os.path

cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.isdir(cwd))
print(cwd == os.path.dirname(os.path.abspath(__file__)))
print(os.path.abspath('a/../b/./c') == os.path.join(cwd, 'b', 'c'))
print(os.path.abspath('') == cwd, os.path.abspath('.') == cwd)
print(os.path.abspath('/x/y/../z'), os.path.abspath('//x'), os.path.abspath('///x/'), os.path.abspath('/..'))
print(os.path.basename(os.path.abspath('634_os_getcwd_abspath.py')))
