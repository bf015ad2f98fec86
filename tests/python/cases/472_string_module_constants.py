import string
print(string.ascii_letters)
print(repr(string.printable[-6:]), string.printable.startswith(string.digits + string.ascii_letters))
print(len(string.ascii_letters), len(string.punctuation), len(string.hexdigits), len(string.octdigits))
print(all(c in string.printable for c in string.whitespace), '_' in string.punctuation)
print(string.capwords('  hello   WORLD  from  python '), string.capwords('a-b c-d', '-'))
tbl = str.maketrans('', '', string.punctuation)
print("Hello, World! It's (fine).".translate(tbl))
rot13 = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello'.translate(rot13))
print(sum(c in string.hexdigits for c in 'DeadBeefXYZ'))
t = string.Template('$who likes ${what}s; $$5')
print(t.substitute(who='tim', what='apple'), t.safe_substitute(who='ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
