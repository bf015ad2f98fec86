import string
from string import Template, Formatter


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.printable), repr(string.whitespace))
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'), string.capwords("it's a TEST"), repr(string.capwords('')))

t = Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.safe_substitute(who='ann'), t.safe_substitute({'what': 'x'}), t.substitute({'who': 1}, what=2))
show('missing', lambda: t.substitute(who='x'))
print(Template('$a').substitute({'a': 1}, a=2))
for tpl in ['$a ${b} $$ $', 'x\n  $', '${a', '${ a}', '$1', '$a\u00e9', '$a_b1 $A', '${}', '$', 'ab\ncd${x',
            '$$$a', '$$', 'no placeholders', '${a}b$c', '$a.$b', 'x$', '\r\n\r$ ']:
    tt = Template(tpl)
    show('sub %r' % tpl, lambda: tt.substitute({'a': 1, 'b': 2, 'c': 3, 'a_b1': 4, 'A': 5}))
    show('safe %r' % tpl, lambda: tt.safe_substitute({'a': 1, 'A': 5}))
    print(tt.get_identifiers(), tt.is_valid())
class Pct(Template):
    delimiter = '%'
print(Pct('%a %% %{b} $a').substitute(a=1, b=2))
class Long(Template):
    delimiter = '@@'
print(Long('@@x @@@@ @@{y}').substitute(x='X', y='Y'))
show('long invalid', lambda: Long('a @@ b').substitute())

f = Formatter()
print(list(f.parse('a{0}b{x!r:>{w}}c{{d}}e{}')))
print(list(f.parse('')), list(f.parse('plain')), list(f.parse('{}{}')), list(f.parse('}}{{')))
print(f.format('{0:>{1}}|{a[0]}|{b.real}|{c[key]}', 'x', 5, a=[7], b=3, c={'key': 'v'}))
print(f.format('{0}-{x}', 1, x=2), f.vformat('{} {}', (1, 2), {}), f.format('{!r:^9}', 'q'))
print(f.format('{0[1][0]}{1.imag}', ['a', 'bc'], 2), f.format('{:{}{}}', 3.14159, '.', '2f'))
for s in ['{', '}', '{0', '{0!}', '{0!x}', '{} {0}', '{0} {}', '{:{:{}}}', 'a}b', '{0!rr}', '{0:{1}', '{a[}',
          '{0[}', '{0.}', '{0[]}', '{0[0]x}', '{!r}', '{0!r', '{x{', '{0!s:}']:
    show('format %r' % s, lambda: f.format(s, 'A', 'B', 'C'))
    show('parse %r' % s, lambda: list(f.parse(s)))
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return Formatter.get_value(self, key, args, kwargs)
print(Upper().format('{0} {name} {missing}', 'abc', name='def'))
