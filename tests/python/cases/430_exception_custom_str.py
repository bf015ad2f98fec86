class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
e = ValidationError('age', 'must be positive')
print(str(e), repr(e), e.args, f'{e}', '%s' % e)
class OnlyRepr(Exception):
    def __repr__(self):
        return 'OnlyRepr!'
o = OnlyRepr('msg')
print(str(o), repr(o), [o])
class EmptyStr(Exception):
    def __str__(self):
        return ''
print(repr(str(EmptyStr('hidden'))), repr(EmptyStr('hidden')))
try:
    raise ValidationError('name', 'empty')
except Exception as ex:
    print('caught:', ex, '|', type(ex).__name__, '|', ex.args)
class Sub(ValidationError):
    pass
print(Sub('f', 'p'), isinstance(Sub('f', 'p'), ValidationError))
