words = ['Hello World', 'ß', 'Straße', 'ΣΑΣ', 'İstanbul', 'ﬁ', 'MiXeD 123 _']
for w in words:
    print(repr(w), repr(w.swapcase()), repr(w.casefold()), repr(w.lower()), repr(w.upper()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'STRASSE'.lower())
print('abc'.swapcase().swapcase(), len('ß'.swapcase()), len('ﬁ'.upper()))
