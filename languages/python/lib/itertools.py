"""Functions creating iterators for efficient looping (a pure Python version
of CPython's itertools for this interpreter). Most are generators; their
arguments are checked when they are called, as CPython does."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MARKER = object()


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


def _as_int(x):
    if isinstance(x, int):
        return int(x)
    try:
        f = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return f(x)


# ---- infinite iterators ------------------------------------------------------------

class count:
    """Numbers from start on, step apart, without end."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


def cycle(iterable):
    """The items of the iterable, then the same items again, forever."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


class repeat:
    """The same object times times (without end when times is None)."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = _as_int(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


# ---- iterators terminating on the shortest input -----------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or results of func) of the iterable's items."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def _chain_gen(iterables):
    for it in iterables:
        for x in it:
            yield x


class chain:
    """The items of each iterable argument in turn."""

    def __new__(cls, *iterables):
        return _chain_gen(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        return _chain_gen(iter(iterable))


def compress(data, selectors):
    """The items of data whose corresponding selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drops items while predicate(item) is true, then yields every item."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Yields items while predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def filterfalse(function, iterable):
    """The items for which function(item) is false (bool(item) if None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def starmap(function, iterable):
    """function(*args) for each args of the iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if kwargs:
        raise TypeError('islice() takes no keyword arguments')
    nargs = len(args)
    if nargs < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % nargs)
    if nargs > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % nargs)
    iterable = args[0]
    start = 0
    step = 1
    if nargs == 2:
        stop = args[1]
        if stop is not None:
            stop = _islice_arg(stop, 'Stop argument for islice() must be None or '
                               'an integer: 0 <= x <= sys.maxsize.')
    else:
        a1 = args[1]
        stop = args[2]
        if a1 is not None:
            start = _islice_arg(a1, 'Indices for islice() must be None or an '
                                'integer: 0 <= x <= sys.maxsize.')
        if stop is not None:
            stop = _islice_arg(stop, 'Stop argument for islice() must be None or '
                               'an integer: 0 <= x <= sys.maxsize.')
        if nargs == 4 and args[3] is not None:
            step = _islice_arg(args[3], 'Step for islice() must be a positive '
                               'integer or None.')
            if step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice_arg(x, message):
    try:
        n = _as_int(x)
    except TypeError:
        raise ValueError(message) from None
    if n < 0:
        raise ValueError(message)
    return n


def _islice(it, start, stop, step):
    # consumed: how many items were taken from it; nxt: the index of the
    # next item to yield (never past stop)
    consumed = 0
    nxt = start
    while True:
        while consumed < nxt:
            try:
                next(it)
            except StopIteration:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        consumed += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """Successive overlapping pairs: pairwise('ABC') -> AB BC."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def zip_longest(*iterables, **kwargs):
    """Tuples of the iterables' items until the longest one ends; the
    shorter ones contribute fillvalue."""
    fillvalue = None
    for k in kwargs:
        if k != 'fillvalue':
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs[k]
    its = [iter(x) for x in iterables]
    return _zip_longest(its, fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    n = len(its)
    while True:
        values = []
        for i in range(n):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


class _GroupbyState:
    __slots__ = ('it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue', 'currgrouper')


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for runs of items with
    equal keys; advancing it ends the previous group."""

    def __init__(self, iterable, key=None):
        s = _GroupbyState()
        s.it = iter(iterable)
        s.keyfunc = key
        s.tgtkey = _MARKER
        s.currkey = _MARKER
        s.currvalue = _MARKER
        s.currgrouper = None
        self._s = s

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        s.currgrouper = None
        while True:
            if s.currkey is _MARKER:
                pass
            elif s.tgtkey is _MARKER:
                break
            else:
                t = s.tgtkey
                c = s.currkey
                if not (t is c or t == c):
                    break
            _groupby_step(s)
        s.tgtkey = s.currkey
        grouper = _grouper(s, s.tgtkey)
        s.currgrouper = grouper
        return (s.currkey, grouper)


def _groupby_step(s):
    value = next(s.it)              # StopIteration ends the groupby
    if s.keyfunc is None:
        key = value
    else:
        key = s.keyfunc(value)
    s.currvalue = value
    s.currkey = key


class _grouper:
    __slots__ = ('_s', '_key')

    def __init__(self, s, key):
        self._s = s
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        if s.currgrouper is not self:
            raise StopIteration
        if s.currvalue is _MARKER:
            _groupby_step(s)
        k = self._key
        c = s.currkey
        if not (k is c or k == c):
            raise StopIteration
        value = s.currvalue
        s.currvalue = _MARKER
        s.currkey = _MARKER
        return value


def tee(iterable, n=2):
    """n independent iterators over the same iterable."""
    n = _as_int(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    # a shared linked list of [value, next link] nodes; each iterator holds
    # the node before its next value
    head = [None, None]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        link = nxt
        yield link[0]


# ---- combinatoric iterators -------------------------------------------------------

def product(*iterables, repeat=1):
    """Cartesian product of the iterables (repeated repeat times)."""
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    indices = [0] * n
    current = [p[0] for p in pools]
    yield tuple(current)
    while True:
        # advance the rightmost index that can move, resetting those after it
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                current[i] = pool[j]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def permutations(iterable, r=None):
    """Successive r-length permutations of the iterable's items."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    order = list(range(n))          # a permutation of the pool's indices
    left = list(range(n, n - r, -1))  # per position: rotations left before reset
    yield tuple([pool[order[i]] for i in range(r)])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            left[i] -= 1
            if left[i] == 0:
                # move order[i] to the end, shifting the rest left
                moved = order[i]
                del order[i]
                order.append(moved)
                left[i] = n - i
                i -= 1
            else:
                j = n - left[i]
                order[i], order[j] = order[j], order[i]
                yield tuple([pool[order[k]] for k in range(r)])
                break
        if i < 0:
            return


def combinations(iterable, r=_MARKER):
    """r-length subsequences of the iterable's items, in order."""
    if r is _MARKER:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    r = _as_int(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        # the rightmost index not at its maximum value
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[k] for k in idx])


def combinations_with_replacement(iterable, r=_MARKER):
    """r-length subsequences of the items allowing repeats, in order."""
    if r is _MARKER:
        raise TypeError("combinations_with_replacement() missing required "
                        "argument 'r' (pos 2)")
    pool = tuple(iterable)
    r = _as_int(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[k] for k in idx])
