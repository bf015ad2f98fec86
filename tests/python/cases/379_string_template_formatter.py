import string
t = string.Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.Formatter().format('{0}-{x}', 1, x=2))
print(string.ascii_letters[:5] + string.ascii_letters[-3:])
