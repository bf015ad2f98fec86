// list and tuple: their methods, slice assignment, comparisons, repr, and a
// stable merge sort comparing with `<` only (as list.sort does).
import { COMPARE_NAMES, CompareOp } from "../code.ts";
import { IndexError, ValueError, indexError, pyError, typeError, valueError } from "./exceptions.ts";
import {
  KwArgs, LIST_TYPE, PyBuiltin, PyStaticMethod, NONE, NOT_IMPLEMENTED, PyInstance, PyInt, PyList, PyObject, PySlice, PyTuple, TUPLE_TYPE, pyBool, pyInt,
  pyStr, pyTuple, type PyType,
} from "./model.ts";
import { call, defMethod, eq, lessThan, repr, richCompare, truthy, typeName } from "./ops.ts";
import { delItem, getItem, getIter, iterate, nextOrNull, PyListIterator, PyReverseIterator, setItem, sliceIndices, toIndex } from "./items.ts";
import { newInstance } from "./objecttype.ts";
import { moveItems } from "rts/lltype";

export function listAppend(l: PyList, v: PyObject): void {
  l.items.push(v);
}

export function listExtend(l: PyList, iterable: PyObject): void {
  const items = iterable instanceof PyList ? iterable.items : iterable instanceof PyTuple ? iterable.items : null;
  if (items !== null) {
    const n = items.length;
    for (let i = 0; i < n; i++) l.items.push(items[i]);
    return;
  }
  const it = getIter(iterable);
  for (;;) {
    const x = nextOrNull(it);
    if (x === null) return;
    l.items.push(x);
  }
}

/** `l[s] = value`.  No loop here (the other cases have their own function), so a trace looks inside. */
export function listSetSlice(l: PyList, s: PySlice, value: PyObject): void {
  const [start, stop, step, count] = sliceIndices(s, l.items.length);
  // (a list or tuple of the slice's length is copied in place: `a[i:j] = b[k:m]`)
  const same = value instanceof PyList ? value.items : value instanceof PyTuple ? value.items : null;
  if (step === 1 && same !== null && same.length === count && value !== l) {
    moveItems(same, 0, l.items, start, count);
    return;
  }
  assignSlice(l, value, start, stop, step, count);
}

function assignSlice(l: PyList, value: PyObject, start: number, stop: number, step: number, count: number): void {
  const items = iterate(value);
  if (step === 1) {
    const end = Math.max(start, stop);
    const out: PyObject[] = l.items.slice(0, start);
    for (const x of items) out.push(x);
    for (let i = end; i < l.items.length; i++) out.push(l.items[i]);
    l.items = out;
    return;
  }
  if (items.length !== count) throw valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  for (let i = 0, j = start; i < count; i++, j += step) l.items[j] = items[i];
}

export function listDelSlice(l: PyList, s: PySlice): void {
  const [start, stop, step, count] = sliceIndices(s, l.items.length);
  if (step === 1) {
    if (stop > start) l.items.splice(start, stop - start);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
  l.items = l.items.filter((_, i) => !drop.has(i));
}

/** The list value of a list or an instance of a list subclass. */
export function asList(o: PyObject): PyList {
  if (o instanceof PyList) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyList) return o.builtin;
  throw typeError(`descriptor requires a 'list' object but received a '${typeName(o)}'`);
}

export function asTuple(o: PyObject): PyTuple {
  if (o instanceof PyTuple) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyTuple) return o.builtin;
  throw typeError(`descriptor requires a 'tuple' object but received a '${typeName(o)}'`);
}

// ---- sorting ---------------------------------------------------------------------------------------

/** Sorts `items` by `keys` (parallel arrays), stably, with `<` on the keys. */
function mergeSort(keys: PyObject[], items: PyObject[], reverse: boolean): void {
  const n = keys.length;
  const less = (a: PyObject, b: PyObject): boolean => (reverse ? lessThan(b, a) : lessThan(a, b));
  // binary insertion sort of runs of 32, then merges
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const k = keys[i];
      const v = items[i];
      let a = lo;
      let b = i;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (less(k, keys[mid])) b = mid;
        else a = mid + 1;
      }
      for (let j = i; j > a; j--) {
        keys[j] = keys[j - 1];
        items[j] = items[j - 1];
      }
      keys[a] = k;
      items[a] = v;
    }
  }
  let tk: PyObject[] = keys.slice();
  let ti: PyObject[] = items.slice();
  let sk = keys;
  let si = items;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (less(sk[j], sk[i])) {
          tk[k] = sk[j];
          ti[k++] = si[j++];
        } else {
          tk[k] = sk[i];
          ti[k++] = si[i++];
        }
      }
      while (i < mid) {
        tk[k] = sk[i];
        ti[k++] = si[i++];
      }
      while (j < hi) {
        tk[k] = sk[j];
        ti[k++] = si[j++];
      }
    }
    const xk = sk;
    const xi = si;
    sk = tk;
    si = ti;
    tk = xk;
    ti = xi;
  }
  if (sk !== keys) for (let i = 0; i < n; i++) items[i] = si[i];
}

/** list.sort(key=None, reverse=False) on an item array. */
export function sortItems(items: PyObject[], key: PyObject, reverse: boolean): void {
  const keys = key === NONE ? items.slice() : items.map((x) => call(key, [x], null));
  // reverse keeps stability: reverse, sort, reverse (as CPython does)
  if (reverse) {
    keys.reverse();
    items.reverse();
  }
  mergeSort(keys, items, false);
  if (reverse) items.reverse();
}

function kwArg(kw: KwArgs | null, name: string, fn: string): PyObject | null {
  if (kw === null) return null;
  let found: PyObject | null = null;
  kw.names.forEach((n, i) => {
    if (n === name) found = kw.values[i];
    else if (n !== "key" && n !== "reverse") throw typeError(`'${n}' is an invalid keyword argument for ${fn}()`);
  });
  return found;
}

// ---- repr and comparisons ------------------------------------------------------------------------------

const reprActive: PyObject[] = [];

/** `[a, b]` / `(a,)` with the recursion guard CPython's repr has (`[...]`). */
export function sequenceRepr(o: PyObject, items: PyObject[], open: string, close: string): string {
  if (reprActive.includes(o)) return open + "..." + close;
  reprActive.push(o);
  try {
    const parts = items.map((x) => repr(x));
    if (open === "(" && items.length === 1) return `(${parts[0]},)`;
    return open + parts.join(", ") + close;
  } finally {
    reprActive.pop();
  }
}

/** Lexicographic comparison of two item arrays (list < list, tuple == tuple). */
export function compareSequences(a: PyObject[], b: PyObject[], op: CompareOp): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (a[i] === b[i] || eq(a[i], b[i]))) i++;
  if (i >= n) {
    const la = a.length;
    const lb = b.length;
    switch (op) {
      case CompareOp.LT: return la < lb;
      case CompareOp.LE: return la <= lb;
      case CompareOp.EQ: return la === lb;
      case CompareOp.NE: return la !== lb;
      case CompareOp.GT: return la > lb;
      case CompareOp.GE: return la >= lb;
    }
  }
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return truthy(richCompare(a[i], b[i], op));
}

/** list's and tuple's comparison dunders (data: the CompareOp, + 10 for tuple). */
function sequenceCompareMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const items = data >= 10 ? tupleOrNull : listOrNull;
  const a = items(args[0]);
  const b = items(args[1]);
  if (a === null || b === null) return NOT_IMPLEMENTED;
  return pyBool(compareSequences(a, b, (data % 10) as CompareOp));
}

function repeatCount(o: PyObject): number | null {
  if (o instanceof PyInt) return o.value;
  if (o.getType().lookup("__index__") === null) return null;
  return toIndex(o);
}

function repeat(items: PyObject[], n: number): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

// ---- list's methods ------------------------------------------------------------------------------------

const listOrNull = (o: PyObject): PyObject[] | null => (o instanceof PyList ? o.items : o instanceof PyInstance && o.builtin instanceof PyList ? o.builtin.items : null);

defMethod(LIST_TYPE, "append", (args) => {
  asList(args[0]).items.push(args[1]);
  return NONE;
});
defMethod(LIST_TYPE, "extend", (args) => {
  listExtend(asList(args[0]), args[1]);
  return NONE;
});
defMethod(LIST_TYPE, "insert", (args) => {
  const l = asList(args[0]);
  let i = toIndex(args[1]);
  const n = l.items.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  l.items.splice(i, 0, args[2]);
  return NONE;
});
defMethod(LIST_TYPE, "pop", (args) => {
  const l = asList(args[0]);
  if (l.items.length === 0) throw indexError("pop from empty list");
  let i = args.length > 1 ? toIndex(args[1]) : l.items.length - 1;
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) throw pyError(IndexError, "pop index out of range");
  return l.items.splice(i, 1)[0];
});
defMethod(LIST_TYPE, "remove", (args) => {
  const l = asList(args[0]);
  for (let i = 0; i < l.items.length; i++)
    if (l.items[i] === args[1] || eq(l.items[i], args[1])) {
      l.items.splice(i, 1);
      return NONE;
    }
  throw pyError(ValueError, "list.remove(x): x not in list");
});
defMethod(LIST_TYPE, "index", (args) => {
  const items = asList(args[0]).items;
  let start = args.length > 2 ? toIndex(args[2]) : 0;
  let stop = args.length > 3 ? toIndex(args[3]) : items.length;
  if (start < 0) start = Math.max(0, start + items.length);
  if (stop < 0) stop = Math.max(0, stop + items.length);
  for (let i = start; i < Math.min(stop, items.length); i++) if (items[i] === args[1] || eq(items[i], args[1])) return pyInt(i);
  throw valueError(`${repr(args[1])} is not in list`);
});
defMethod(LIST_TYPE, "count", (args) => {
  let n = 0;
  for (const x of asList(args[0]).items) if (x === args[1] || eq(x, args[1])) n++;
  return pyInt(n);
});
defMethod(LIST_TYPE, "reverse", (args) => {
  asList(args[0]).items.reverse();
  return NONE;
});
defMethod(LIST_TYPE, "clear", (args) => {
  asList(args[0]).items = [];
  return NONE;
});
defMethod(LIST_TYPE, "copy", (args) => new PyList(asList(args[0]).items.slice()));
defMethod(LIST_TYPE, "sort", (args, kw) => {
  if (args.length > 1) throw typeError("sort() takes no positional arguments");
  const l = asList(args[0]);
  const key = kwArg(kw, "key", "sort") ?? NONE;
  const reverse = kwArg(kw, "reverse", "sort");
  const items = l.items;
  l.items = [];
  try {
    sortItems(items, key, reverse !== null && truthy(reverse));
  } finally {
    const changed = l.items.length > 0;
    l.items = items;
    if (changed) throw valueError("list modified during sort");
  }
  return NONE;
});
defMethod(LIST_TYPE, "__len__", (args) => pyInt(asList(args[0]).items.length));
defMethod(LIST_TYPE, "__iter__", (args) => new PyListIterator(asList(args[0])));
defMethod(LIST_TYPE, "__reversed__", (args) => {
  const l = asList(args[0]);
  return new PyReverseIterator(l, l.items.length - 1);
});
// (the items of a list subclass's instance, as the interpreter's own subscripting reads them)
defMethod(LIST_TYPE, "__getitem__", (args) => getItem(asList(args[0]), args[1]));
defMethod(LIST_TYPE, "__setitem__", (args) => {
  setItem(asList(args[0]), args[1], args[2]);
  return NONE;
});
defMethod(LIST_TYPE, "__delitem__", (args) => {
  delItem(asList(args[0]), args[1]);
  return NONE;
});
defMethod(LIST_TYPE, "__contains__", (args) => {
  for (const x of asList(args[0]).items) if (x === args[1] || eq(x, args[1])) return pyBool(true);
  return pyBool(false);
});
defMethod(LIST_TYPE, "__repr__", (args) => pyStr(sequenceRepr(args[0], asList(args[0]).items, "[", "]")));
defMethod(LIST_TYPE, "__add__", (args) => {
  const b = listOrNull(args[1]);
  if (b === null) {
    if (!(args[1] instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(args[1])}") to list`);
    return NOT_IMPLEMENTED;
  }
  return new PyList([...asList(args[0]).items, ...b]);
});
defMethod(LIST_TYPE, "__iadd__", (args) => {
  listExtend(asList(args[0]), args[1]);
  return args[0];
});
defMethod(LIST_TYPE, "__mul__", (args) => {
  const n = repeatCount(args[1]);
  return n === null ? NOT_IMPLEMENTED : new PyList(repeat(asList(args[0]).items, n));
});
defMethod(LIST_TYPE, "__rmul__", (args) => {
  const n = repeatCount(args[1]);
  return n === null ? NOT_IMPLEMENTED : new PyList(repeat(asList(args[0]).items, n));
});
defMethod(LIST_TYPE, "__imul__", (args) => {
  const n = repeatCount(args[1]);
  if (n === null) return NOT_IMPLEMENTED;
  const l = asList(args[0]);
  l.items = repeat(l.items, n);
  return args[0];
});
defMethod(LIST_TYPE, "__init__", (args) => {
  const l = asList(args[0]);
  l.items = [];
  if (args.length > 1) listExtend(l, args[1]);
  return NONE;
});
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(LIST_TYPE, COMPARE_NAMES[op], sequenceCompareMethod, op);

// ---- tuple's methods -------------------------------------------------------------------------------

const tupleOrNull = (o: PyObject): PyObject[] | null => (o instanceof PyTuple ? o.items : o instanceof PyInstance && o.builtin instanceof PyTuple ? o.builtin.items : null);

defMethod(TUPLE_TYPE, "__len__", (args) => pyInt(asTuple(args[0]).items.length));
defMethod(TUPLE_TYPE, "__repr__", (args) => pyStr(sequenceRepr(args[0], asTuple(args[0]).items, "(", ")")));
defMethod(TUPLE_TYPE, "__getitem__", (args) => getItem(asTuple(args[0]), args[1]));
defMethod(TUPLE_TYPE, "__contains__", (args) => {
  for (const x of asTuple(args[0]).items) if (x === args[1] || eq(x, args[1])) return pyBool(true);
  return pyBool(false);
});
defMethod(TUPLE_TYPE, "__iter__", (args) => getIter(asTuple(args[0])));
defMethod(TUPLE_TYPE, "__add__", (args) => {
  const b = tupleOrNull(args[1]);
  if (b === null) throw typeError(`can only concatenate tuple (not "${typeName(args[1])}") to tuple`);
  return pyTuple([...asTuple(args[0]).items, ...b]);
});
defMethod(TUPLE_TYPE, "__mul__", (args) => {
  const n = repeatCount(args[1]);
  return n === null ? NOT_IMPLEMENTED : pyTuple(repeat(asTuple(args[0]).items, n));
});
defMethod(TUPLE_TYPE, "__rmul__", (args) => {
  const n = repeatCount(args[1]);
  return n === null ? NOT_IMPLEMENTED : pyTuple(repeat(asTuple(args[0]).items, n));
});
defMethod(TUPLE_TYPE, "index", (args) => {
  const items = asTuple(args[0]).items;
  for (let i = 0; i < items.length; i++) if (items[i] === args[1] || eq(items[i], args[1])) return pyInt(i);
  throw valueError("tuple.index(x): x not in tuple");
});
defMethod(TUPLE_TYPE, "count", (args) => {
  let n = 0;
  for (const x of asTuple(args[0]).items) if (x === args[1] || eq(x, args[1])) n++;
  return pyInt(n);
});
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(TUPLE_TYPE, COMPARE_NAMES[op], sequenceCompareMethod, op + 10);



// ---- construction: list(), tuple() and their subclasses --------------------------------------------

/** The value a builtin type's __new__ made, as an instance of `cls` when that is a subclass. */
export function wrapBuiltin(cls: PyType, base: PyType, value: PyObject): PyObject {
  if (cls === base) return value;
  const o = newInstance(cls);
  o.builtin = value;
  return o;
}

LIST_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => wrapBuiltin(args[0] as PyType, LIST_TYPE, new PyList([])), null, null)));
TUPLE_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => {
  if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const items = args.length > 1 ? (args[1] instanceof PyTuple && args[0] === TUPLE_TYPE ? args[1].items : iterate(args[1])) : [];
  return wrapBuiltin(args[0] as PyType, TUPLE_TYPE, pyTuple(items));
}, null, null)));
