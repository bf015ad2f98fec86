s = 'Hello World 123 !?'
print(sum(c.isupper() for c in s), sum(c.islower() for c in s), sum(c.isdigit() for c in s))
print(sum(1 for c in s if c.isspace()), sum(1 for c in s if not c.isalnum() and not c.isspace()))
print([c for c in s if c in 'aeiouAEIOU'])
