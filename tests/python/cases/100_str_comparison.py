print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'a' == 'a')
print('apple' > 'Apple', 'é' > 'z', '10' < '9', 'abc' <= 'abc')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '10', '9']))
print(max('hello'), min('hello'), sorted('hello'))
try:
    'a' < 1
except TypeError as e:
    print('TypeError', e)
