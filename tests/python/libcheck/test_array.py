import array
from array import array as A


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], len(a), a.tolist(), a.typecode, a.itemsize)
print(a[1:3], sum(a), a.index(4), a.count(2), 3 in a, 9 in a, list(a), list(reversed(a)))
a.reverse(); print(a)
a.insert(0, 100); a.insert(-1, 50); a.insert(99, 7); a.insert(-99, -7); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5); print(a)
a[0] = 11; a[-1] = 22; print(a)
del a[1]; del a[1:3]; print(a)
a[1:2] = A('i', [8, 9]); print(a)
print(a[::2], a[::-1], a * 2, 2 * a, a + A('i', [0]), a == A('i', list(a)), a != a)
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1]) <= A('d', [1.0]), A('i', [1, 2, 3]) == A('d', [1, 2, 3]), A('i', [1]) == [1])
b = A('i', [1]); b += A('i', [2]); b *= 3; print(b)
d = A('d', [1.5, 2.5])
print(d, d[0] + d[1], A('d'), A('d', [1, True]), A('d', range(3)), A('d').itemsize)
print(A('f', [0.1, 1.5, 1e40, -1e40, 1e-50, 3.4028235e38, 3.4028236e38, 1.4e-45, 7e-46, 1e-45]))
print(A('f', [0.3333333333333333, 2.0 ** 0.5, 123456789.0, -0.0, 16777217.0]))
print(A('u', 'abc'), A('u'), A('u', 'ab').tolist(), A('u', 'ab')[0], A('u', ['x', 'y']))
print(A('b', [-128, 127]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [0, 65535]))
print(A('I', [0, 4294967295]), A('l', [-2**63, 2**63 - 1]), A('L', [2**64 - 1]), A('q', [-2**63]), A('Q', [2**64 - 1]))
print(array.typecodes, array.ArrayType is A, A('i', A('i', [4, 5])), A('d', A('i', [1])))
for tc in 'bBhHiIlLqQ':
    for v in [2**70, -2**70, 2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -2**15 - 1, -2**31 - 1, -2**63 - 1]:
        show('%s %d' % (tc, v), lambda: A(tc, [v]).tolist())
for label, thunk in [('float to i', lambda: A('i', [1.5])), ('str to i', lambda: A('i', ['a'])),
                     ('str to d', lambda: A('d', ['a'])), ('none to d', lambda: A('d', [None])),
                     ('bad code', lambda: A('x')), ('int code', lambda: A(1)), ('long code', lambda: A('ii')),
                     ('str init', lambda: A('i', 'abc')), ('append float', lambda: A('i').append(1.5)),
                     ('add list', lambda: A('i', [1]) + [1]), ('add other', lambda: A('i', [1]) + A('d')),
                     ('pop empty', lambda: A('i').pop()), ('pop range', lambda: A('i', [1]).pop(5)),
                     ('index missing', lambda: A('i', [1]).index(5)), ('remove missing', lambda: A('i', [1]).remove(5)),
                     ('extend other', lambda: A('i', [1]).extend(A('d'))), ('getitem', lambda: A('i', [1])[5]),
                     ('getitem str', lambda: A('i', [1])['a']), ('setitem range', lambda: A('i', [1]).__setitem__(5, 1)),
                     ('delitem range', lambda: A('i', [1]).__delitem__(5)), ('hash', lambda: hash(A('i'))),
                     ('slice list', lambda: A('i', [1, 2, 3]).__setitem__(slice(0, 2), [5])),
                     ('slice ext', lambda: A('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), A('i', [9]))),
                     ('set big', lambda: A('i', [1, 2, 3]).__setitem__(0, 2**40)),
                     ('insert float', lambda: A('i', [1]).insert(0, 1.5)), ('fromlist tuple', lambda: A('i').fromlist((1,))),
                     ('u int', lambda: A('u', [1])), ('u long', lambda: A('u', ['ab'])), ('d big', lambda: A('d', [2**1024])),
                     ('extend str', lambda: A('i', [1]).extend('ab')), ('extend int', lambda: A('i').extend(5))]:
    if label == 'hash':
        try:
            hash(A('i'))
        except TypeError:
            print('hash TypeError')
        continue
    show(label, thunk)
print(A('i', [3, 1, 2]).index(1, -2), A('i', [1, 2, 3, 2]).index(2, 2), A('i', [1]).count(1.0))
c = A('h', [1, 2, 3])
c.fromlist([4, 5]); print(c, len(c), c.buffer_info()[1])
c[::2] = A('h', [7, 8, 9]); print(c)
del c[::2]; print(c)
print(A('i', [1, 2, 3]) * -1, A('i', [1]) * 0, str(A('i')), str(A('d', [1.0])))
e = A('i', range(10))
print([x * 2 for x in e if x % 3], max(e), sorted(A('i', [3, 1, 2])))

# ---- bytes
for tc, vals in [('b', [-128, -1, 0, 127]), ('B', [0, 255]), ('h', [-32768, -2, 300]), ('H', [65535, 1]),
                 ('i', [-2**31, 2**31 - 1, -5]), ('I', [2**32 - 1]), ('l', [-2**63, 2**63 - 1]), ('L', [2**64 - 1, 3]),
                 ('q', [-1, 2**40]), ('Q', [2**64 - 1]), ('u', 'aé€'),
                 ('f', [0.0, -0.0, 1.5, -2.25, 1e-40, 3.4e38, 1e40, -1e40, 0.1]),
                 ('d', [0.0, -0.0, 1.5, 1e-310, -5e-324, 1.7976931348623157e308, 0.1, 2.0 ** 1023, -1e300 * 1e300])]:
    a = A(tc, vals)
    raw = a.tobytes()
    back = A(tc)
    back.frombytes(raw)
    print(tc, raw, back, back == a, A(tc, raw) == a)
    if tc not in 'ud':  # (a swapped double can be a NaN whose payload a float cannot keep)
        sw = A(tc, vals)
        sw.byteswap()
        print(' swapped', sw.tobytes() == b''.join([raw[i:i + sw.itemsize][::-1] for i in range(0, len(raw), sw.itemsize)]))
n = A('d', [float('nan')]).tobytes()
print(n, A('d', n)[0] != A('d', n)[0], A('f', [float('nan')]).tobytes())
show('frombytes bad len', lambda: A('i').frombytes(b'abc'))
show('frombytes str', lambda: A('i').frombytes('abcd'))
