s = 'a\tbc\tdef\tg'
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr('12345\t6\n\t7'.expandtabs(3)))
