import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(string.capwords('hello   big world'))
print(len(string.printable), repr(string.whitespace))
