# title, capitalize, casefold and swapcase of letters whose mappings are not plain upper/lower:
# digraphs, ligatures, the sharp s, and the final sigma past case-ignorable code points
tests = ['ǆungla ǈ ǋx', 'ß straße', 'ﬁx ﬂow', 'ΣΑΣ ΟΔΟΣ Σ', 'ǅ', 'İstanbul ıi', 'ŉ', 'ΐ', 'Ǳa', 'abc ΣΣ.Σ', 'ʼn']
for t in tests:
    print(repr(t.title()), repr(t.capitalize()), repr(t.casefold()), repr(t.swapcase()))
