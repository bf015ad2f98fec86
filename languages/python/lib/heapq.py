"""Min-heaps kept in plain lists (priority queues),
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]. The list layouts after
each operation are those of CPython's heapq."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, start, pos):
    # The item at pos moves up past every parent greater than it, stopping
    # at index start.
    item = heap[pos]
    while pos > start:
        up = (pos - 1) >> 1
        parent = heap[up]
        if item < parent:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _sift_toward_leaf(heap, pos):
    # Bottom-up: the smaller child moves up until pos is a leaf, then the
    # original item goes there and moves up to its place.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _check_list(heap, fname, one):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, ' 1' if one else '', type(heap).__name__))


def heappush(heap, item):
    """Adds item to the heap."""
    _check_list(heap, 'heappush', True)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the heap's smallest item."""
    _check_list(heap, 'heappop', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Returns the smallest item and puts item in its place (the heap must
    not be empty)."""
    _check_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """heappush(heap, item) then heappop(heap), in one step."""
    _check_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_toward_leaf(heap, 0)
        return smallest
    return item


def heapify(x):
    """Rearranges the list x into a heap, in linear time."""
    _check_list(x, 'heapify', False)
    i = len(x) // 2 - 1
    while i >= 0:
        _sift_toward_leaf(x, i)
        i -= 1


# Max-heap variants (used by merge(reverse=True) and available as in CPython).

def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        up = (pos - 1) >> 1
        parent = heap[up]
        if parent < item:
            heap[pos] = parent
            pos = up
        else:
            break
    heap[pos] = item


def _sift_toward_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(x):
    i = len(x) // 2 - 1
    while i >= 0:
        _sift_toward_leaf_max(x, i)
        i -= 1


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaf_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaf_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Lazily yields the items of several sorted iterables in sorted order
    (equal items in the order of their iterables)."""
    if reverse:
        replace = _heapreplace_max
        pop = _heappop_max
        make = _heapify_max
        step = -1
    else:
        replace = heapreplace
        pop = heappop
        make = heapify
        step = 1
    # entries: [sort key, order, value, next function]; the order breaks ties
    entries = []
    order = 0
    for it in iterables:
        nxt = iter(it).__next__
        try:
            value = nxt()
        except StopIteration:
            order += step
            continue
        if key is None:
            entries.append([value, order, value, nxt])
        else:
            entries.append([key(value), order, value, nxt])
        order += step
    make(entries)
    while len(entries) > 1:
        try:
            while True:
                top = entries[0]
                yield top[2]
                value = top[3]()
                top[2] = value
                top[0] = value if key is None else key(value)
                replace(entries, top)
        except StopIteration:
            pop(entries)
    if entries:
        top = entries[0]
        yield top[2]
        for value in _rest(top[3]):
            yield value


def _rest(nxt):
    while True:
        try:
            value = nxt()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """The n smallest elements of the iterable: sorted(iterable, key=key)[:n]."""
    if n == 1:
        sentinel = object()
        if key is None:
            result = min(iterable, default=sentinel)
        else:
            result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements of the iterable:
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        sentinel = object()
        if key is None:
            result = max(iterable, default=sentinel)
        else:
            result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]
