print('a\tb|', 'c\\d', 'e\'f', "g\"h")
print('\x41\x42', '\u00e9', '\N{GREEK SMALL LETTER ALPHA}', '\101', '\0' == '\x00')
print(len('\n'), len(r'\n'), r'\d+\s', len('\\'))
print('''triple
quoted''', """also 'both' "kinds" """)
print('implicit' ' concat' " works")
print('line \
continued')
