template = 'Hello {name}, you are {age}'
print(template.format(name='Al', age=3))
print(template.format(name='Al'))
