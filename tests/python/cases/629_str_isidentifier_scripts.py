# str.isidentifier across scripts: Unicode's XID_Start for the first code
# point, XID_Continue after it (combining marks, connector punctuation,
# other scripts' digits), code point by code point.
cands = ['имя', 'δx', 'ναι_1', '名前', '变量2', 'ⅰ', 'x\u0301', '\u0301x', 'a\u203fb', '\u203fb',
         'x٣', '٣x', 'ﬁle', 'Ⅻ', 'x\u00b7y', '\u00b7y', 'a\u200db', 'क्ष', '𝑥', 'x𝟙', '🙂', 'a\u00a0b']
for c in cands:
    print(repr(c), c.isidentifier())
