"""Higher-order functions and operations on callables (a small, pure Python
version of CPython's functools for this interpreter)."""

from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


# ---- update_wrapper / wraps ------------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        source = getattr(wrapped, name, None)
        if source:
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---- reduce -----------------------------------------------------------------

def reduce(function, sequence, initial=_MISSING):
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        acc = _MISSING
        for acc in it:
            break
        if acc is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        acc = initial
    for item in it:
        acc = function(acc, item)
    return acc


# ---- partial ----------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords): calling it calls func with args
    followed by the call's arguments, keywords updated by the call's."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and len(func.__dict__) == 3):
            # a partial without attributes of its own: flattened
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append(str(k) + '=' + repr(v))
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return name + '(' + ', '.join(parts) + ')'


class partialmethod:
    """partial for methods: the bound instance comes before the stored
    arguments."""

    def __init__(self, func, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append(str(k) + '=' + repr(v))
        return 'functools.partialmethod(' + ', '.join(parts) + ')'

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if isinstance(self.func, (staticmethod, classmethod)) and get is not None:
            bound = get(obj, cls)
            return partial(bound, *self.args, **self.keywords)
        if obj is None:
            pm = self

            def _unbound(cls_or_self, *args, **keywords):
                keywords = {**pm.keywords, **keywords}
                return pm.func(cls_or_self, *pm.args, *args, **keywords)
            _unbound.__partialmethod__ = self
            return _unbound
        return partial(self.func, obj, *self.args, **self.keywords)


# ---- total_ordering -----------------------------------------------------------

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r

_ORDER_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


for _derived in _ORDER_DERIVED.values():
    for _opname, _func in _derived:
        _func.__name__ = _opname
del _derived, _opname, _func


def total_ordering(cls):
    """Adds the comparison methods a class lacks, derived from the one of
    __lt__, __le__, __gt__, __ge__ it defines (in that preference) and ==."""
    defined = []
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if _defines(cls, name):
            defined.append(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]        # preference order: __lt__, __le__, __gt__, __ge__
    for name, func in _ORDER_DERIVED[root]:
        if name not in defined:
            setattr(cls, name, func)
    return cls


# ---- cmp_to_key ---------------------------------------------------------------

class KeyWrapper:
    __slots__ = ('obj', 'cmp')

    def __init__(self, obj, cmp):
        self.obj = obj
        self.cmp = cmp

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    def __ne__(self, other):
        return self.cmp(self.obj, self._other(other)) != 0

    def __hash__(self):
        # (CPython's KeyWrapper is a C type: its unhashable message names it by its dotted name)
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """A key function for sorted() and friends made of a two-argument
    comparison function (negative, zero or positive result)."""
    def K(obj):
        return KeyWrapper(obj, mycmp)
    return K


# ---- lru_cache ------------------------------------------------------------------

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                       module='functools')
_CacheInfo = CacheInfo

_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    elif len(key) == 1:
        k = key[0]
        t = type(k)
        if t is int or t is str:
            return k
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function, keeping the maxsize results used last
    (all of them when maxsize is None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        maxsize = 128
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': 128, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]          # hits, misses
    missing = _MISSING

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                # most recently used: move to the end
                del cache[key]
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call stored it already
                pass
            else:
                if len(cache) >= maxsize:
                    for oldest in cache:
                        break
                    del cache[oldest]
                cache[key] = result
            return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function):
    """lru_cache(maxsize=None)(user_function)."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property ------------------------------------------------------------

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '({!r} and {!r}).'.format(self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on {!r} instance to cache {!r} property."
                   .format(type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


# ---- singledispatch (simple: dispatch on the argument's class MRO) -------------

def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            impl = registry.get(klass)
            if impl is not None:
                return impl
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            # @register used with an annotated function: not supported here
            raise TypeError('Invalid first argument to `register()`: {!r}. '
                            'Use either `@register(some_class)` or plain '
                            '`@register` on an annotated function.'.format(cls))
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('{} requires at least 1 positional argument'.format(
                getattr(func, '__name__', 'singledispatch function')))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
