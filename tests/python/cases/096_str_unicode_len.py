s = 'héllo wörld'
print(len(s), s.upper(), s[1], s[::-1])
e = 'a😀b🎉c'
print(len(e), e[1], e[3], e[-1], list(e))
j = '日本語テキスト'
print(len(j), j[2:4], j.find('テ'))
print(len('\U0001f468\u200d\U0001f469'), len('e\u0301'))
