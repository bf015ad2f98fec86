"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple,
ChainMap (a pure Python version of CPython's collections for this
interpreter)."""

import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()


def _index(n):
    """n as an int (ints and objects with __index__), else TypeError."""
    if isinstance(n, int):
        return int(n)
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__) from None
    return f(n)


# ---- deque ----------------------------------------------------------------------
#
# A circular buffer: the items live in self._buf (a list whose length, the
# capacity, is a power of two), the first at index self._head; self._len items.

class deque:
    """deque([iterable[, maxlen]]): a sequence with O(1) appends and pops at
    both ends; when maxlen is set, adding past it drops items at the other end."""

    __slots__ = ('_buf', '_head', '_len', '_mask', '_maxlen', '_state')

    def __init__(self, iterable=_MISSING, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._mask = 7
        self._maxlen = maxlen
        self._state = 0
        if iterable is not _MISSING:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _grow(self):
        buf = self._buf
        cap = len(buf)
        head = self._head
        mask = self._mask
        items = [buf[(head + i) & mask] for i in range(self._len)]
        items.extend([None] * (cap * 2 - len(items)))
        self._buf = items
        self._head = 0
        self._mask = cap * 2 - 1

    # -- the four ends --
    def append(self, x):
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._len >= maxlen:
            if maxlen == 0:
                return
            # drop the leftmost item
            self._buf[self._head] = None
            self._head = (self._head + 1) & self._mask
            self._len -= 1
        if self._len > self._mask:
            self._grow()
        self._buf[(self._head + self._len) & self._mask] = x
        self._len += 1

    def appendleft(self, x):
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._len >= maxlen:
            if maxlen == 0:
                return
            self._len -= 1
            self._buf[(self._head + self._len) & self._mask] = None
        if self._len > self._mask:
            self._grow()
        self._head = (self._head - 1) & self._mask
        self._buf[self._head] = x
        self._len += 1

    def pop(self):
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._len -= 1
        i = (self._head + self._len) & self._mask
        x = self._buf[i]
        self._buf[i] = None
        return x

    def popleft(self):
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        i = self._head
        x = self._buf[i]
        self._buf[i] = None
        self._head = (i + 1) & self._mask
        self._len -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._mask = 7

    def rotate(self, n=1):
        n = _index(n)
        size = self._len
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        buf = self._buf
        mask = self._mask
        if size == mask + 1:
            # full buffer: rotating is moving the head
            self._head = (self._head - n) & mask
            return
        if n > size // 2:
            # rotate left by size - n
            for _ in range(size - n):
                h = self._head
                x = buf[h]
                buf[h] = None
                self._head = (h + 1) & mask
                buf[(self._head + size - 1) & mask] = x
        else:
            for _ in range(n):
                last = (self._head + size - 1) & mask
                x = buf[last]
                buf[last] = None
                self._head = (self._head - 1) & mask
                buf[self._head] = x

    def reverse(self):
        self._state += 1
        buf = self._buf
        mask = self._mask
        head = self._head
        i = 0
        j = self._len - 1
        while i < j:
            a = (head + i) & mask
            b = (head + j) & mask
            buf[a], buf[b] = buf[b], buf[a]
            i += 1
            j -= 1

    def count(self, x):
        n = 0
        state = self._state
        buf = self._buf
        mask = self._mask
        head = self._head
        for i in range(self._len):
            y = buf[(head + i) & mask]
            if y is x or y == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=None):
        size = self._len
        start = _index(start)
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop is None:
            stop = size
        else:
            stop = _index(stop)
            if stop < 0:
                stop += size
                if stop < 0:
                    stop = 0
        if stop > size:
            stop = size
        state = self._state
        i = start
        while i < stop:
            y = self._buf[(self._head + i) & self._mask]
            if y is x or y == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        i = _index(i)
        size = self._len
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if i < 0:
            i += size
            if i < 0:
                i = 0
        if i >= size:
            self.append(x)
            return
        if i == 0:
            self.appendleft(x)
            return
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def remove(self, value):
        size = self._len
        for i in range(size):
            y = self._buf[(self._head + i) & self._mask]
            if y is value or y == value:
                if size != self._len:
                    raise IndexError('deque mutated during remove().')
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        if self._maxlen is None:
            return (self.__class__, (), None, iter(self))
        return (self.__class__, ((), self._maxlen), None, iter(self))

    # -- the sequence protocol --
    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def _pos(self, i):
        if not isinstance(i, int):
            try:
                f = type(i).__index__
            except AttributeError:
                raise TypeError('sequence index must be integer, not %r'
                                % type(i).__name__) from None
            i = f(i)
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('deque index out of range')
        return (self._head + i) & self._mask

    def __getitem__(self, i):
        return self._buf[self._pos(i)]

    def __setitem__(self, i, x):
        self._buf[self._pos(i)] = x

    def __delitem__(self, i):
        self._pos(i)
        i = _index(i)
        if i < 0:
            i += self._len
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __iter__(self):
        state = self._state
        buf = self._buf
        head = self._head
        mask = self._mask
        size = self._len
        for i in range(size):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) & mask]
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        buf = self._buf
        head = self._head
        mask = self._mask
        i = self._len - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) & mask]
            i -= 1

    def __contains__(self, x):
        state = self._state
        buf = self._buf
        head = self._head
        mask = self._mask
        for i in range(self._len):
            y = buf[(head + i) & mask]
            if y is x or y == x:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def _items(self):
        buf = self._buf
        head = self._head
        mask = self._mask
        return [buf[(head + i) & mask] for i in range(self._len)]

    def __repr__(self):
        name = self.__class__.__name__
        if _repr_enter(self):
            return '[...]'
        try:
            body = repr(self._items())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    # -- comparisons --
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    # -- arithmetic --
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index(n)
        items = self._items()
        result = self.__class__(_MISSING, self._maxlen)
        for _ in range(n if n > 0 else 0):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._items()
        if n <= 0:
            self.clear()
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self


# Objects whose repr is being computed (for recursive reprs).
_REPR_RUNNING = set()


def _repr_enter(obj):
    key = id(obj)
    if key in _REPR_RUNNING:
        return True
    _REPR_RUNNING.add(key)
    return False


def _repr_leave(obj):
    _REPR_RUNNING.discard(id(obj))


# ---- defaultdict ------------------------------------------------------------------

class defaultdict(dict):
    """A dict whose missing keys get default_factory() as their value."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        elif _repr_enter(self):
            frepr = '...'
        else:
            try:
                frepr = repr(factory)
            finally:
                _repr_leave(self)
        return '%s(%s, %s)' % (self.__class__.__name__, frepr, dict.__repr__(self))

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.default_factory,), None, None,
                iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- OrderedDict ------------------------------------------------------------------
#
# The interpreter's dicts keep insertion order, so the order is the dict's own.

class OrderedDict(dict):
    """A dict with order-aware equality, move_to_end and popitem(last=)."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)     # KeyError(key) when missing
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        for key in dict.keys(self):
            break
        value = dict.pop(self, key)
        return key, value

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        if _repr_enter(self):
            return '...'
        try:
            return '%s(%r)' % (name, list(self.items()))
        finally:
            _repr_leave(self)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (self.__class__, (), state, None, iter(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, *default):
        return dict.pop(self, key, *default)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


_DICT_KEYS = type({}.keys())
_DICT_ITEMS = type({}.items())


class _OrderedDictView:
    __slots__ = ('_od',)

    def __init__(self, od):
        self._od = od

    def __len__(self):
        return len(self._od)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class _SetLikeView(_OrderedDictView):
    __slots__ = ()

    def __eq__(self, other):
        if isinstance(other, (set, frozenset, _SetLikeView, _DICT_KEYS, _DICT_ITEMS)):
            return set(self) == set(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        if _repr_enter(self):
            return '...'
        try:
            return '%s(%r)' % (name, list(self.items()))
        finally:
            _repr_leave(self)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (self.__class__, (), state, None, iter(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, *default):
        return dict.pop(self, key, *default)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


_DICT_KEYS = type({}.keys())
_DICT_ITEMS = type({}.items())


class _OrderedDictView:
    __slots__ = ('_od',)

    def __init__(self, od):
        self._od = od

    def __len__(self):
        return len(self._od)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class _SetLikeView(_OrderedDictView):
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, (set, frozenset, _SetLikeView)):
            try:
                other = set(other) if isinstance(other, type({}.keys())) else other
            except TypeError:
                return NotImplemented
            if not isinstance(other, set):
                return NotImplemented
        return set(self) == set(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        return set(self) <= set(other)

    def __lt__(self, other):
        return set(self) < set(other)

    def __ge__(self, other):
        return set(self) >= set(other)

    def __gt__(self, other):
        return set(self) > set(other)

    def __and__(self, other):
        return set(self) & set(other)

    __rand__ = __and__

    def __or__(self, other):
        return set(self) | set(other)

    __ror__ = __or__

    def __sub__(self, other):
        return set(self) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ set(other)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        for x in other:
            if x in self:
                return False
        return True

    __hash__ = None


class odict_keys(_SetLikeView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._od))

    def __reversed__(self):
        return reversed(list(dict.keys(self._od)))

    def __contains__(self, key):
        return key in self._od


class odict_items(_SetLikeView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._od))

    def __reversed__(self):
        return reversed(list(dict.items(self._od)))

    def __contains__(self, item):
        key, value = item
        od = self._od
        if key not in od:
            return False
        v = od[key]
        return v is value or v == value


class odict_values(_OrderedDictView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._od))

    def __reversed__(self):
        return reversed(list(dict.values(self._od)))

    def __contains__(self, value):
        for v in dict.values(self._od):
            if v is value or v == value:
                return True
        return False


# ---- Counter ----------------------------------------------------------------------

class Counter(dict):
    """A dict of counts: missing elements count zero; multiset arithmetic."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (name, d)

    # -- comparisons (multiset inclusion), missing counts are zero --
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] != other[e]:
                return False
        for e in other:
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] <= other[e]:
                return False
        for e in other:
            if not self[e] <= other[e]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] >= other[e]:
                return False
        for e in other:
            if not self[e] >= other[e]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep positive counts only --
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count + other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count - other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            o = other[elem]
            n = o if count < o else count
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            o = other[elem]
            n = count if count < o else o
            if n > 0:
                result[elem] = n
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        drop = [elem for elem, count in self.items() if not count > 0]
        for elem in drop:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, o in other.items():
            if o > self[elem]:
                self[elem] = o
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            o = other[elem]
            if o < count:
                self[elem] = o
        return self._keep_positive()


def _second(pair):
    return pair[1]


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap, UserDict))


# ---- namedtuple -----------------------------------------------------------------

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _quoted_list(names):
    """'a', "'a' and 'b'", "'a', 'b', and 'c'" as CPython's argument errors."""
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


class _tuplegetter:
    # The descriptor of a namedtuple field: self[index], read-only.
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also attributes
    named by field_names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    ndefaults = len(field_defaults)
    nrequired = nfields - ndefaults
    default_values = tuple(field_defaults.values())

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        nargs = len(args)
        if nargs > nfields:
            if ndefaults:
                takes = 'from %d to %d positional arguments' % (nrequired + 1, nfields + 1)
            else:
                takes = '%d positional argument%s' % (nfields + 1, '' if nfields == 0 else 's')
            raise TypeError('%s.__new__() takes %s but %d %s given'
                            % (typename, takes, nargs + 1, 'was' if nargs == 0 else 'were'))
        values = list(args)
        for i in range(nargs, nfields):
            values.append(_MISSING)
        for key in kwargs:
            try:
                i = fields.index(key)
            except ValueError:
                raise TypeError('%s.__new__() got an unexpected keyword argument %r'
                                % (typename, key)) from None
            if i < nargs:
                raise TypeError('%s.__new__() got multiple values for argument %r'
                                % (typename, key))
            values[i] = kwargs[key]
        missing = []
        for i in range(nfields):
            if values[i] is _MISSING:
                if i >= nrequired:
                    values[i] = default_values[i - nrequired]
                else:
                    missing.append(fields[i])
        if missing:
            raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                            % (typename, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        return tuple.__new__(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = typename + '.__new__'

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = list(self)
        for i in range(nfields):
            name = fields[i]
            if name in kwds:
                values[i] = kwds.pop(name)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        parts = []
        for i in range(nfields):
            parts.append(fields[i] + '=' + repr(self[i]))
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for f in (_make, _replace, __repr__, _asdict, __getnewargs__):
        f.__qualname__ = typename + '.' + f.__name__

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


# ---- ChainMap -----------------------------------------------------------------------

class _MappingView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._mapping)


class KeysView(_MappingView):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(_MappingView):
    def __iter__(self):
        m = self._mapping
        for key in m:
            yield (key, m[key])

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value


class ValuesView(_MappingView):
    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]

    def __contains__(self, value):
        m = self._mapping
        for key in m:
            v = m[key]
            if v is value or v == value:
                return True
        return False


class ChainMap:
    """Several mappings seen as one: lookups search them in order, writes go
    to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        if _repr_enter(self):
            return '...'
        try:
            return '%s(%s)' % (self.__class__.__name__,
                               ', '.join([repr(m) for m in self.maps]))
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if isinstance(other, (ChainMap, dict)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwds):
        m = self.maps[0]
        if isinstance(other, (dict, ChainMap)) or hasattr(other, 'keys'):
            for key in other.keys():
                m[key] = other[key]
        else:
            for key, value in other:
                m[key] = value
        for key, value in kwds.items():
            m[key] = value

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---- UserDict / UserList / UserString (minimal) ---------------------------------------

class UserDict:
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        return self.data == other

    __hash__ = None

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def popitem(self):
        return self.data.popitem()

    def clear(self):
        self.data.clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, UserDict, ChainMap)) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        c = self.__class__()
        c.data = self.data.copy()
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self


class UserList:
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __getattr__(self, name):
        # str methods: results that are str come back as UserString
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = attr(*args, **kwargs)
            if isinstance(result, str):
                return self.__class__(result)
            return result
        return method
