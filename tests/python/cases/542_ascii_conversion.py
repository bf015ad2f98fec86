s = 'café ñ 日本 \u2603 \U0001F600'
print(ascii(s))
print(repr(s))
print(f'{s!a}')
print('{!a}'.format(s), '{0!a:>40}'.format('é'))
print('%a' % s, '%a' % 5, '%5a|' % 'x')
print(ascii(['é', 1, {'k': 'ü'}]))
print(ascii('plain'), ascii(b'bytes\xff'), ascii(3.5), ascii(None))
class R:
    def __repr__(self):
        return 'R<ö>'
print(ascii(R()), f'{R()!a}', f'{R()!r}', f'{R()!s}')
print(ascii('tab\there'), ascii('\x7f\x80'), ascii('quote\'s'), ascii("\\"))
print(ascii('\u00ff\u0100\uffff\U00010000'))
print(len(ascii('é')), ascii('é') == repr('é').encode('ascii', 'backslashreplace').decode())
