"""Python's operators as plain functions, and the itemgetter, attrgetter
and methodcaller callables (a pure Python version of CPython's operator
module for this interpreter)."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
           'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
           'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul',
           'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
           'truediv', 'truth', 'xor']

_abs = abs


# ---- comparisons ------------------------------------------------------------------

def lt(a, b):
    "a < b"
    return a < b

def le(a, b):
    "a <= b"
    return a <= b

def eq(a, b):
    "a == b"
    return a == b

def ne(a, b):
    "a != b"
    return a != b

def ge(a, b):
    "a >= b"
    return a >= b

def gt(a, b):
    "a > b"
    return a > b


# ---- logical --------------------------------------------------------------------

def not_(a):
    "not a"
    return not a

def truth(a):
    "bool(a)"
    return True if a else False

def is_(a, b):
    "a is b"
    return a is b

def is_not(a, b):
    "a is not b"
    return a is not b


# ---- arithmetic and bitwise -----------------------------------------------------------

def abs(a):
    "abs(a)"
    return _abs(a)

def add(a, b):
    "a + b"
    return a + b

def and_(a, b):
    "a & b"
    return a & b

def floordiv(a, b):
    "a // b"
    return a // b

def index(a):
    "a.__index__()"
    if isinstance(a, int):
        return int(a)
    try:
        f = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return f(a)

def inv(a):
    "~a"
    return ~a

invert = inv

def lshift(a, b):
    "a << b"
    return a << b

def mod(a, b):
    "a % b"
    return a % b

def mul(a, b):
    "a * b"
    return a * b

def matmul(a, b):
    "a @ b"
    return a @ b

def neg(a):
    "-a"
    return -a

def or_(a, b):
    "a | b"
    return a | b

def pos(a):
    "+a"
    return +a

def pow(a, b):
    "a ** b"
    return a ** b

def rshift(a, b):
    "a >> b"
    return a >> b

def sub(a, b):
    "a - b"
    return a - b

def truediv(a, b):
    "a / b"
    return a / b

def xor(a, b):
    "a ^ b"
    return a ^ b


# ---- sequences --------------------------------------------------------------------

def concat(a, b):
    "a + b where a is a sequence"
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b):
    "b in a"
    return b in a

def countOf(a, b):
    "How many items of a are b or equal b."
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n

def delitem(a, b):
    "del a[b]"
    del a[b]

def getitem(a, b):
    "a[b]"
    return a[b]

def indexOf(a, b):
    "The position of the first item of a that is b or equals b."
    i = 0
    for x in a:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "a[b] = c"
    a[b] = c

def length_hint(obj, default=0):
    """len(obj) if obj has a length, else its __length_hint__(), else
    default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val

def call(obj, /, *args, **kwargs):
    "obj(*args, **kwargs)"
    return obj(*args, **kwargs)


# ---- getters ------------------------------------------------------------------------

class attrgetter:
    """attrgetter('name') and attrgetter('a.b', 'c'): callables fetching the
    (dotted) attributes of their operand."""

    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = attrs
        self._paths = tuple(paths)

    def __call__(self, obj):
        paths = self._paths
        if len(paths) == 1:
            for name in paths[0]:
                obj = getattr(obj, name)
            return obj
        result = []
        for path in paths:
            x = obj
            for name in path:
                x = getattr(x, name)
            result.append(x)
        return tuple(result)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join([repr(a) for a in self._attrs])

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """itemgetter(item) and itemgetter(item, ...): callables fetching the
    items of their operand."""

    __slots__ = ('_items', '_item', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join([repr(i) for i in self._items])

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller('name', *args, **kwargs): a callable calling that method
    of its operand with those arguments."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kwargs.items():
            parts.append('%s=%r' % (k, v))
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# ---- in-place operators -------------------------------------------------------------

def iadd(a, b):
    "a += b"
    a += b
    return a

def iand(a, b):
    "a &= b"
    a &= b
    return a

def iconcat(a, b):
    "a += b where a is a sequence"
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b):
    "a //= b"
    a //= b
    return a

def ilshift(a, b):
    "a <<= b"
    a <<= b
    return a

def imod(a, b):
    "a %= b"
    a %= b
    return a

def imul(a, b):
    "a *= b"
    a *= b
    return a

def imatmul(a, b):
    "a @= b"
    a @= b
    return a

def ior(a, b):
    "a |= b"
    a |= b
    return a

def ipow(a, b):
    "a **= b"
    a **= b
    return a

def irshift(a, b):
    "a >>= b"
    a >>= b
    return a

def isub(a, b):
    "a -= b"
    a -= b
    return a

def itruediv(a, b):
    "a /= b"
    a /= b
    return a

def ixor(a, b):
    "a ^= b"
    a ^= b
    return a


# ---- the dunder aliases ---------------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
__call__ = call
