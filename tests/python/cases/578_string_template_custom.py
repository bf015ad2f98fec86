from string import Template
t = Template('$name paid $$${amount} for ${item}s')
print(t.substitute(name='Ann', amount=5, item='apple'))
print(t.substitute({'name': 'Bo', 'amount': 1}, item='fig'))
print(t.safe_substitute(name='Cy'))
print(Template('$a $b $').safe_substitute(a=1))
try:
    Template('$a $').substitute(a=1)
except ValueError as e:
    print('ValueError', e)
try:
    Template('cost: ${bad-name}').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('${bad-name} $ok').safe_substitute(ok='OK'))
print(Template('$x$y ${x}y $xy').safe_substitute(x='X', y='Y'))
class Percent(Template):
    delimiter = '%'
print(Percent('%who has %%%pct').substitute(who='Dee', pct=50))
class Hash(Template):
    delimiter = '#'
print(Hash('#{a}-#b-$c ##').substitute(a=1, b=2))
print(Template('$one').template, Template('$x').substitute(x=[1, 2]))
print(Template('$a').get_identifiers() if hasattr(Template, 'get_identifiers') else 'n/a', Template('$a ${b} $$c').is_valid() if hasattr(Template, 'is_valid') else 'n/a')
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
