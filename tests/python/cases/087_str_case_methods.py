s = "hello WORLD it's a tEST"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower() == 'i̇', 'straße'.casefold())
print('hello-world foo_bar 3rd'.title())
