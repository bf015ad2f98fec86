print(f'[{"abc":>8}] [{"abc":<8}] [{"abc":^8}] [{"abc":-^9}]')
print(f'[{"abcdef":.3}] [{"abcdef":>8.2}] [{"x":3}]')
print(format('s', '>3'), format('long', '2'), format('', '*^4'))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError', e)
