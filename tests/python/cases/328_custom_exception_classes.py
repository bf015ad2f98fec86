class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f'{name} not found')
        self.name = name
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f'invalid {self.field}={self.value!r}'
for exc in [NotFound('user'), Invalid('age', -1), AppError('generic')]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', e, '|', e.args, '|', repr(e))
try:
    raise NotFound('file')
except NotFound as e:
    print(e.name)
