"""Arrays of numbers of one C type (a pure Python version of CPython's array
module for this interpreter): items are checked and converted as CPython
does (ranges and OverflowError messages per typecode; 'f' items rounded to
float32), and kept in a Python list."""

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
             'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


def _c_long(x):
    if x < _LONG_MIN or x > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return x


def _in_range(x, lo, hi, what):
    if x < lo:
        raise OverflowError('%s is less than minimum' % what)
    if x > hi:
        raise OverflowError('%s is greater than maximum' % what)
    return x


def _conv_b(v):
    x = _c_long(_as_index(v))
    _in_range(x, -32768, 32767, 'signed short integer')
    return _in_range(x, -128, 127, 'signed char')


def _conv_B(v):
    x = _c_long(_as_index(v))
    return _in_range(x, 0, 255, 'unsigned byte integer')


def _conv_h(v):
    x = _c_long(_as_index(v))
    return _in_range(x, -32768, 32767, 'signed short integer')


def _conv_H(v):
    x = _c_long(_as_index(v))
    _in_range(x, -2147483648, 2147483647, 'signed integer')
    return _in_range(x, 0, 65535, 'unsigned short')


def _conv_i(v):
    x = _c_long(_as_index(v))
    return _in_range(x, -2147483648, 2147483647, 'signed integer')


def _unsigned_long(v):
    x = _as_index(v)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return x


def _conv_I(v):
    x = _unsigned_long(v)
    if x > 4294967295:
        raise OverflowError('unsigned int is greater than maximum')
    return x


def _conv_l(v):
    return _c_long(_as_index(v))


def _conv_L(v):
    return _unsigned_long(v)


def _conv_q(v):
    x = _as_index(v)
    if x < _LONG_MIN or x > _LONG_MAX:
        raise OverflowError('int too big to convert')
    return x


def _conv_Q(v):
    x = _as_index(v)
    if x < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if x > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return x


def _conv_d(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise TypeError('must be real number, not %s' % type(v).__name__)


# Powers of two bounding float32 magnitudes, for _to_float32.
_TWO_128 = 2.0 ** 128
_TWO_M126 = 2.0 ** -126
_POW2 = [2.0 ** k for k in range(-126, 128)]      # _POW2[k + 126] == 2**k


_INF = float('inf')


def _to_float32(x):
    """x rounded to the nearest float32 (ties to even), as a float."""
    if x != x or x == 0.0:
        return x
    ax = -x if x < 0 else x
    if ax >= _TWO_128:
        r = _INF
    elif ax < _TWO_M126:
        # subnormal: multiples of 2**-149
        r = round(ax * 2.0 ** 149) * 2.0 ** -149
    else:
        # the exponent e with 2**e <= ax < 2**(e+1), by bisection
        lo = 0
        hi = len(_POW2) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _POW2[mid] <= ax:
                lo = mid
            else:
                hi = mid - 1
        e = lo - 126
        r = round(ax * 2.0 ** (23 - e)) * 2.0 ** (e - 23)
        if r >= _TWO_128:
            r = _INF
    return -r if x < 0 else r


def _conv_f(v):
    return _to_float32(_conv_d(v))


def _conv_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


_CONVERT = {'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _conv_h,
            'H': _conv_H, 'i': _conv_i, 'I': _conv_I, 'l': _conv_l,
            'L': _conv_L, 'q': _conv_q, 'Q': _conv_Q, 'f': _conv_f,
            'd': _conv_d}


# ---- bytes: items in the machine's order (little-endian, as on x86-64) ---------

def _float_bits(x, single):
    """The IEEE 754 bits of x (binary32 when single, else binary64)."""
    h = x.hex()
    sign = 0
    if h[0] == '-':
        sign = 1
        h = h[1:]
    if h == 'inf' or h == 'nan':
        if single:
            bits = (0xFF << 23) | (0x400000 if h == 'nan' else 0)
            return (sign << 31) | bits
        bits = (0x7FF << 52) | ((1 << 51) if h == 'nan' else 0)
        return (sign << 63) | bits
    # h is '0x1.<13 hex digits>p<exp>' (normal) or '0x0.<digits>p-1022'
    p = h.index('p')
    lead = h[2]
    digits = h[4:p] if p > 4 else ''
    frac = int((digits + '0' * 13)[:13], 16)
    e = int(h[p + 1:])
    if not single:
        if lead == '0':
            return (sign << 63) | frac
        return (sign << 63) | ((e + 1023) << 52) | frac
    if lead == '0':
        return sign << 31       # zero (values are float32 already)
    if e >= -126:
        return (sign << 31) | ((e + 127) << 23) | (frac >> 29)
    m = ((1 << 52) | frac) >> (29 + (-126 - e))
    return (sign << 31) | m


def _bits_float(bits, single):
    if single:
        sign = bits >> 31
        e = (bits >> 23) & 0xFF
        m = bits & 0x7FFFFF
        if e == 0xFF:
            v = float('nan') if m else _INF
        elif e == 0:
            v = m * 2.0 ** -149
        else:
            v = (m | 0x800000) * 2.0 ** (e - 150)
    else:
        sign = bits >> 63
        e = (bits >> 52) & 0x7FF
        m = bits & ((1 << 52) - 1)
        if e == 0x7FF:
            v = float('nan') if m else _INF
        elif e == 0:
            v = m * 2.0 ** -1074
        else:
            v = (m | (1 << 52)) * 2.0 ** (e - 1075)
    return -v if sign else v


def _item_bits(tc, x):
    if tc == 'f':
        return _float_bits(x, True)
    if tc == 'd':
        return _float_bits(x, False)
    if tc == 'u':
        return ord(x)
    return x & ((1 << (8 * _ITEMSIZE[tc])) - 1)


def _bits_item(tc, u):
    if tc == 'f':
        return _bits_float(u, True)
    if tc == 'd':
        return _bits_float(u, False)
    if tc == 'u':
        return chr(u)
    if tc in 'bhilq':
        bits = 8 * _ITEMSIZE[tc]
        if u >= 1 << (bits - 1):
            u -= 1 << bits
    return u


class array:
    """array(typecode[, initializer]): a sequence of items of one C type
    (typecodes b B u h H i I l L q Q f d)."""

    __slots__ = ('_typecode', '_items', '_conv')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        conv = _CONVERT.get(typecode)
        if conv is None:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, '
                             'q, Q, f or d)')
        self._typecode = typecode
        self._conv = conv
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with '
                                "typecode '%s'" % typecode)
            self._items = list(initializer)
            return
        if isinstance(initializer, bytes):
            self.frombytes(initializer)
            return
        if isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an '
                                "array with typecode '%s'" % typecode)
            initializer = initializer._items
        self._items = [conv(v) for v in initializer]

    # -- attributes --
    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def buffer_info(self):
        return (id(self), len(self._items))

    # -- list-like methods --
    def append(self, v):
        self._items.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        conv = self._conv
        self._items.extend([conv(v) for v in iterable])

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError('arg must be list')
        conv = self._conv
        self._items.extend([conv(v) for v in values])

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode '
                             'type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(s).__name__)
        self._items.extend(list(s))

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def insert(self, i, v):
        v = self._conv(v)
        i = _as_index(i)
        n = len(self._items)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        self._items.insert(i, v)

    def pop(self, i=-1):
        items = self._items
        if not items:
            raise IndexError('pop from empty array')
        i = _as_index(i)
        n = len(items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return items.pop(i)

    def remove(self, v):
        items = self._items
        for i in range(len(items)):
            x = items[i]
            if x is v or x == v:
                del items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        items = self._items
        n = len(items)
        start = _as_index(start)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop is None:
            stop = n
        else:
            stop = _as_index(stop)
            if stop < 0:
                stop += n
                if stop < 0:
                    stop = 0
        if stop > n:
            stop = n
        for i in range(start, stop):
            x = items[i]
            if x is v or x == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        c = 0
        for x in self._items:
            if x is v or x == v:
                c += 1
        return c

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        tc = self._typecode
        size = _ITEMSIZE[tc]
        out = []
        for x in self._items:
            u = _item_bits(tc, x)
            for _ in range(size):
                out.append(u & 0xFF)
                u >>= 8
        return bytes(out)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        tc = self._typecode
        size = _ITEMSIZE[tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = self._items
        for i in range(0, len(data), size):
            u = 0
            for j in range(i + size - 1, i - 1, -1):
                u = (u << 8) | data[j]
            items.append(_bits_item(tc, u))

    def byteswap(self):
        tc = self._typecode
        size = _ITEMSIZE[tc]
        out = []
        for x in self._items:
            u = _item_bits(tc, x)
            s = 0
            for _ in range(size):
                s = (s << 8) | (u & 0xFF)
                u >>= 8
            out.append(_bits_item(tc, s))
        self._items = out

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))

    def _new(self, items):
        a = array(self._typecode)
        a._items = items
        return a

    # -- the sequence protocol --
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        for x in self._items:
            if x is v or x == v:
                return True
        return False

    def _index_of(self, i, message):
        if not isinstance(i, int):
            try:
                f = type(i).__index__
            except AttributeError:
                raise TypeError('array indices must be integers') from None
            i = f(i)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError(message)
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        return self._items[self._index_of(i, 'array index out of range')]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = i.indices(len(self._items))
            if step != 1:
                count = len(range(start, stop, step))
                if len(v._items) != count:
                    raise ValueError('attempt to assign array of size %d to '
                                     'extended slice of size %d'
                                     % (len(v._items), count))
            self._items[i] = list(v._items)
            return
        self._items[self._index_of(i, 'array assignment index out of range')] = self._conv(v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        del self._items[self._index_of(i, 'array assignment index out of range')]

    # -- operators --
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        n = _as_index(n)
        return self._new(self._items * n if n > 0 else [])

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        if n <= 0:
            self._items = []
        else:
            self._items = self._items * n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        if o is None:
            return NotImplemented
        return self._items >= o

    __hash__ = None

    def __repr__(self):
        tc = self._typecode
        if not self._items:
            return "array('%s')" % tc
        if tc == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (tc, self._items)


ArrayType = array
