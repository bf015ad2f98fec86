samples = ["they're bill's friends", 'hello world', 'HELLO wORLD', 'a1b2c3 d4e',
           'x_y-z.w', "o'neil mc'donald", '123abc', 'ǆungla', 'élan vital', '']
for s in samples:
    print(repr(s), repr(s.title()), s.title().istitle(), repr(s.capitalize()))
print('ABC DEF'.istitle(), 'Abc Def'.istitle(), 'Abc def'.istitle(), '1A'.istitle(), '1'.istitle())
