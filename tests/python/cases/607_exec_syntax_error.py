# a SyntaxError from exec() that nobody catches: the traceback, then the bad line with its caret
print("before")
exec("a = 1\nb = (2 +\n")
