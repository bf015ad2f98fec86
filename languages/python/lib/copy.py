"""Shallow and deep copies: copy(x) and deepcopy(x[, memo]).

Classes control copying with __copy__(self) and __deepcopy__(self, memo),
or with __reduce_ex__/__reduce__ as for pickling; other instances are copied
as CPython's default reduction does (same class, __new__ without arguments
or with __getnewargs__(), the __dict__ and __slots__ values, list items and
dict items of list and dict subclasses)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _C:
    def method(self):
        pass


# Types whose instances are their own copies (shallow and deep).
_ATOMIC = set([type(None), int, float, bool, str, type, range, slice, property,
               type(len), type(_function), type(Ellipsis), type(NotImplemented),
               type(_C().method), staticmethod, classmethod])
try:
    _ATOMIC.add(complex)
except NameError:
    pass
try:
    _ATOMIC.add(bytes)
except NameError:
    pass

# For copy() only: frozenset and tuple are immutable containers.
_SHALLOW_SELF = set(_ATOMIC)
_SHALLOW_SELF.add(tuple)
_SHALLOW_SELF.add(frozenset)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SELF:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a recursive tuple may have been copied while copying its items
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    # The memo holds the originals so that their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _own_method(cls, name):
    """cls's method `name` when a class of its MRO other than object and the
    builtin types defines it, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if klass.__module__ == 'builtins':
            continue
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _reduce(x):
    """x's reduction: (callable, args, state, listitems, dictitems)."""
    cls = type(x)
    if _own_method(cls, '__reduce_ex__') is not None:
        rv = x.__reduce_ex__(4)
    elif _own_method(cls, '__reduce__') is not None:
        rv = x.__reduce__()
    else:
        return _default_reduce(x)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error('un(deep)copyable object of type %s' % cls)
    rv = rv + (None,) * (5 - len(rv))
    return rv


def _default_reduce(x):
    cls = type(x)
    if isinstance(x, BaseException):
        state = getattr(x, '__dict__', None) or None
        return (cls, x.args, state, None, None)
    if cls is object:
        return (_newobj, (object,), None, None, None)
    if cls.__module__ == 'builtins':
        # a builtin type this module cannot see inside
        if isinstance(x, (set, frozenset)):
            return (cls, (list(x),), None, None, None)
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
    elif isinstance(x, tuple):
        args = (tuple(x),)
    elif isinstance(x, (int, float, str, frozenset)):
        base = int if isinstance(x, int) else float if isinstance(x, float) \
            else str if isinstance(x, str) else frozenset
        args = (base(x),)
    else:
        args = ()
    if isinstance(x, (set, frozenset)) and not isinstance(x, frozenset):
        callable_ = cls
        args = (list(x),)
    else:
        callable_ = _newobj
        args = (cls,) + tuple(args)
    state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (callable_, args, state, listitems, dictitems)


def _default_state(x, cls):
    getstate = _own_method(cls, '__getstate__')
    if getstate is not None:
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if not d:
        d = None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (d, slots)
    return d


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
