// Items and iteration: subscripting (indexes and slices of lists, tuples,
// strs and ranges, dict keys, then __getitem__ & co.), `in`, iter() and
// next() with the builtin iterators, and unpacking into targets.
import { intDiv, toInt } from "rts/rlib";
import {
  IndexError, RuntimeError, StopIteration, TypeError, indexError, keyError, pyError, stopIteration, typeError, valueError,
} from "./exceptions.ts";
import {
  NONE, OBJECT_TYPE, PyBytes, PyDict, PyError, PyFloat, PyInt, PyList, PyLong, PyObject, PyRange, PySlice, PyStr, PyTuple, PyType, newBuiltinType,
  pyInt, pyTuple,
} from "./model.ts";
import { call, callMethod, callSpecial, defMethod, eq, getAttr, isStopIteration, truthy, typeName } from "./ops.ts";
import { dictGet, dictPop, dictSet } from "./dict.ts";
import { PySet, setContains, setItems } from "./set.ts";
import { CollectSink, PyGenerator, generatorNext, generatorNextInto } from "./generators.ts";
import { strIndex, strSlice } from "./strs.ts";
import { listDelSlice, listSetSlice } from "./lists.ts";
import { PyEnumerate, PyFilter, PyMap, PyZip } from "./lazyiters.ts";
import { asInt, binaryOp } from "./numbers.ts";
import { BinaryOp } from "../code.ts";

// ---- indexes and slices -----------------------------------------------------------------------------

/** An index operand as a number: an int (or __index__); `what` names the container for the TypeError. */
export function indexValue(key: PyObject, what: string): number {
  if (key instanceof PyInt) return key.value;
  const i = asInt(key);
  if (i instanceof PyInt) return i.value;
  if (i instanceof PyLong) throw pyError(IndexError, `cannot fit 'int' into an index-sized integer`);
  if (key.getType().lookup("__index__") === null) throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
  return toIndex(key);
}

/** An int argument where Python wants an index (`__index__`). */
export function toIndex(o: PyObject): number {
  if (o instanceof PyInt) return o.value;
  const i = asInt(o);
  if (i instanceof PyInt) return i.value;
  if (i instanceof PyLong) throw pyError(IndexError, `cannot fit 'int' into an index-sized integer`);
  const r = callSpecial(o, "__index__", []);
  if (r instanceof PyInt) return r.value;
  if (r === null) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  if (r instanceof PyLong) throw pyError(IndexError, `cannot fit 'int' into an index-sized integer`);
  throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

function sliceBound(o: PyObject): number | null {
  if (o instanceof PyInt) return o.value;
  if (o === NONE) return null;
  const i = asInt(o);
  if (i instanceof PyLong) return i.big.sign() < 0 ? -9007199254740991 : 9007199254740991;
  if (i instanceof PyInt) return i.value;
  const r = callSpecial(o, "__index__", []);
  if (r instanceof PyInt) return r.value;
  throw typeError("slice indices must be integers or None or have an __index__ method");
}

/** A slice bound clamped into [lower, upper] as CPython adjusts it (negative counts from the end). */
function adjustBound(v: number | null, dflt: number, length: number, lower: number, upper: number): number {
  if (v === null) return dflt;
  if (v < 0) {
    const w = v + length;
    return w < lower ? lower : w;
  }
  return v > upper ? upper : v;
}

/** slice.indices(length): [start, stop, step, count] as CPython adjusts them. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const stepV = sliceBound(s.step);
  const step = stepV === null ? 1 : stepV;
  if (step === 0) throw valueError("slice step cannot be zero");
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const start = adjustBound(sliceBound(s.start), step < 0 ? upper : lower, length, lower, upper);
  const stop = adjustBound(sliceBound(s.stop), step < 0 ? lower : upper, length, lower, upper);
  // (integer arithmetic: both operands of the division are non-negative, so it truncates as floor would)
  let count = 0;
  if (step > 0 && stop > start) count = step === 1 ? stop - start : intDiv(stop - start - 1, step) + 1;
  else if (step < 0 && stop < start) count = step === -1 ? start - stop : intDiv(start - stop - 1, 0 - step) + 1;
  return [start, stop, step, count];
}

/** The items a slice selects.  No loop here (the stepped case has its own function), so a trace looks inside: the bounds stay trace values. */
export function sliceItems(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + count);
  return steppedItems(items, start, step, count);
}

/** count items from start, step apart. */
function steppedItems(items: PyObject[], start: number, step: number, count: number): PyObject[] {
  // (one list of its length at once: `[]` and a reserve were two allocations of items, the second a call — with
  // the pushes, 18% of fannkuch's instructions, whose flips are `perm[:k + 1] = perm[k::-1]`)
  const out = new Array<PyObject>(count).fill(NONE);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

function itemAt(items: PyObject[], key: PyObject, what: string): PyObject {
  let i = indexValue(key, what);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError(`${what} index out of range`);
  return items[i];
}

// ---- subscripting -----------------------------------------------------------------------------------

export function getItem(obj: PyObject, key: PyObject): PyObject {
  if (obj instanceof PyList) {
    if (key instanceof PyInt) {
      let i = key.value;
      if (i < 0) i += obj.items.length;
      if (i < 0 || i >= obj.items.length) throw indexError("list index out of range");
      return obj.items[i];
    }
    if (key instanceof PySlice) return new PyList(sliceItems(obj.items, key));
    return itemAt(obj.items, key, "list");
  }
  if (obj instanceof PyTuple) {
    if (key instanceof PySlice) return pyTuple(sliceItems(obj.items, key));
    return itemAt(obj.items, key, "tuple");
  }
  if (obj instanceof PyDict) {
    const v = dictGet(obj, key);
    if (v === null) throw keyError(key);
    return v;
  }
  if (obj instanceof PyStr) {
    if (key instanceof PySlice) return strSlice(obj, key);
    if (key instanceof PyInt) return strIndex(obj, key.value);
    if (key.getType().lookup("__index__") === null) throw typeError(`string indices must be integers, not '${typeName(key)}'`);
    return strIndex(obj, indexValue(key, "string"));
  }
  if (obj instanceof PyRange) return rangeItem(obj, key);
  if (obj instanceof PyBytes) return bytesItem(obj, key);
  const m = obj.getType().lookup("__getitem__");
  if (m !== null) return callMethod(m, obj, [key], null);
  if (obj instanceof PyType) {
    const cg = obj.lookup("__class_getitem__");
    if (cg !== null) return call(getAttr(obj, "__class_getitem__"), [key], null);
    if (obj.isBuiltin) return obj; // list[int] and the like: the class itself stands for the alias
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** b[key] of bytes (apart from getItem: its slicing loop would keep the JIT from tracing getItem, for lists too). */
function bytesItem(obj: PyBytes, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, obj.value.length);
    let out = "";
    for (let i = 0, j = start; i < count; i++, j += step) out += obj.value.charAt(j);
    return new PyBytes(out);
  }
  let i = indexValue(key, "byte");
  if (i < 0) i += obj.value.length;
  if (i < 0 || i >= obj.value.length) throw indexError("index out of range");
  return pyInt(toInt(obj.value.charCodeAt(i)));
}

function rangeItem(r: PyRange, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    // (CPython's: start and stop from slice.indices over the range's length, mapped through it)
    const [start, stop, step, count] = sliceIndices(key, r.length);
    const first = r.start + toInt(start * r.step);
    return new PyRange(first, r.start + toInt(stop * r.step), toInt(r.step * step), toInt(count));
  }
  let i = indexValue(key, "range");
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) throw indexError("range object index out of range");
  return pyInt(r.start + toInt(i * r.step));
}

export function setItem(obj: PyObject, key: PyObject, value: PyObject): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      listSetSlice(obj, key, value);
      return;
    }
    let i = indexValue(key, "list");
    if (i < 0) i += obj.items.length;
    if (i < 0 || i >= obj.items.length) throw indexError("list assignment index out of range");
    obj.items[i] = value;
    return;
  }
  if (obj instanceof PyDict) {
    dictSet(obj, key, value);
    return;
  }
  const m = obj.getType().lookup("__setitem__");
  if (m !== null) {
    callMethod(m, obj, [key, value], null);
    return;
  }
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: PyObject, key: PyObject): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      listDelSlice(obj, key);
      return;
    }
    let i = indexValue(key, "list");
    if (i < 0) i += obj.items.length;
    if (i < 0 || i >= obj.items.length) throw indexError("list assignment index out of range");
    obj.items.splice(i, 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (dictPop(obj, key) === null) throw keyError(key);
    return;
  }
  const m = obj.getType().lookup("__delitem__");
  if (m !== null) {
    callMethod(m, obj, [key], null);
    return;
  }
  throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

/**
 * `item in container`.  Loop-free, so a trace looks inside: `int in list`
 * (or tuple) then passes the int's value to the search, and an int the
 * trace keeps unboxed is not allocated for the call.
 */
export function contains(container: PyObject, item: PyObject): boolean {
  const items = container instanceof PyList ? container.items : container instanceof PyTuple ? container.items : null;
  if (items !== null) {
    if (item instanceof PyInt) {
      const k = findNumber(items, item.value);
      return k === FOUND ? true : k === NOT_FOUND ? false : itemsContain(items, item, k);
    }
    return itemsContain(items, item, 0);
  }
  return containsIn(container, item);
}

const FOUND = -1;
const NOT_FOUND = -2;

/**
 * Whether one of items is an int or float equal to v (FOUND, NOT_FOUND),
 * or the index of the first item that is neither: from there on the
 * items are compared with eq.  (Ints and floats compare by value here: an
 * int's value is a safe integer, which a double holds exactly.)
 */
function findNumber(items: PyObject[], v: number): number {
  for (let k = 0; k < items.length; k++) {
    const x = items[k];
    if (x instanceof PyInt) {
      if (x.value === v) return FOUND;
    } else if (x instanceof PyFloat) {
      if (x.value === v) return FOUND;
    } else return k;
  }
  return NOT_FOUND;
}

/** Whether item is one of items[from..] (identity, then eq). */
function itemsContain(items: PyObject[], item: PyObject, from: number): boolean {
  for (let k = from; k < items.length; k++) {
    const x = items[k];
    if (x === item || eq(x, item)) return true;
  }
  return false;
}

/** `item in container` for containers other than lists and tuples. */
function containsIn(container: PyObject, item: PyObject): boolean {
  if (container instanceof PyStr) {
    if (!(item instanceof PyStr)) throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.value.includes(item.value);
  }
  if (container instanceof PyDict) return dictGet(container, item) !== null;
  if (container instanceof PySet) return setContains(container, item);
  if (container instanceof PyRange) {
    const i = asInt(item);
    if (i instanceof PyInt) {
      const v = i.value;
      if (container.length === 0) return false;
      const off = v - container.start;
      if (off % container.step !== 0) return false;
      const k = off / container.step;
      return k >= 0 && k < container.length;
    }
  }
  const m = container.getType().lookup("__contains__");
  if (m !== null) {
    const r = callMethod(m, container, [item], null);
    return truthy(r);
  }
  const t = container.getType();
  if (t.lookup("__iter__") === null && t.lookup("__getitem__") === null) throw typeError(`argument of type '${t.name}' is not iterable`);
  const it = getIter(container);
  for (;;) {
    const x = nextOrNull(it);
    if (x === null) return false;
    if (x === item || eq(x, item)) return true;
  }
}

// ---- iterators -------------------------------------------------------------------------------------

export const LIST_ITERATOR_TYPE = newBuiltinType("list_iterator", [OBJECT_TYPE]);
export const TUPLE_ITERATOR_TYPE = newBuiltinType("tuple_iterator", [OBJECT_TYPE]);
export const STR_ITERATOR_TYPE = newBuiltinType("str_iterator", [OBJECT_TYPE]);
export const RANGE_ITERATOR_TYPE = newBuiltinType("range_iterator", [OBJECT_TYPE]);
export const DICT_KEY_ITERATOR_TYPE = newBuiltinType("dict_keyiterator", [OBJECT_TYPE]);
export const DICT_VALUE_ITERATOR_TYPE = newBuiltinType("dict_valueiterator", [OBJECT_TYPE]);
export const DICT_ITEM_ITERATOR_TYPE = newBuiltinType("dict_itemiterator", [OBJECT_TYPE]);
export const SEQ_ITERATOR_TYPE = newBuiltinType("iterator", [OBJECT_TYPE]);
export const CALL_ITERATOR_TYPE = newBuiltinType("callable_iterator", [OBJECT_TYPE]);
export const REVERSED_TYPE = newBuiltinType("list_reverseiterator", [OBJECT_TYPE]);

export class PyListIterator extends PyObject {
  index = 0;
  constructor(readonly list: PyList) {
    super();
  }
  getType(): PyType {
    return LIST_ITERATOR_TYPE;
  }
}

export class PyReverseIterator extends PyObject {
  constructor(
    readonly list: PyList,
    public index: number,
  ) {
    super();
  }
  getType(): PyType {
    return REVERSED_TYPE;
  }
}

export class PyTupleIterator extends PyObject {
  index = 0;
  constructor(readonly items: PyObject[]) {
    super();
  }
  getType(): PyType {
    return TUPLE_ITERATOR_TYPE;
  }
}

export class PyStrIterator extends PyObject {
  index = 0;
  constructor(readonly s: string) {
    super();
  }
  getType(): PyType {
    return STR_ITERATOR_TYPE;
  }
}

export class PyRangeIterator extends PyObject {
  constructor(
    public next: number,
    public remaining: number,
    readonly step: number,
  ) {
    super();
  }
  getType(): PyType {
    return RANGE_ITERATOR_TYPE;
  }
}

/** Iterates a dict's keys (0), values (1) or items (2) by entry position. */
export class PyDictIterator extends PyObject {
  index = 0;
  constructor(
    readonly dict: PyDict,
    readonly kind: number,
    readonly size: number,
  ) {
    super();
  }
  getType(): PyType {
    return this.kind === 0 ? DICT_KEY_ITERATOR_TYPE : this.kind === 1 ? DICT_VALUE_ITERATOR_TYPE : DICT_ITEM_ITERATOR_TYPE;
  }
}

/** iter() of an object with only __getitem__: items 0, 1, ... until IndexError. */
export class PySeqIterator extends PyObject {
  index = 0;
  done = false;
  constructor(readonly seq: PyObject) {
    super();
  }
  getType(): PyType {
    return SEQ_ITERATOR_TYPE;
  }
}

/** iter(callable, sentinel). */
export class PyCallIterator extends PyObject {
  done = false;
  constructor(
    readonly fn: PyObject,
    readonly sentinel: PyObject,
  ) {
    super();
  }
  getType(): PyType {
    return CALL_ITERATOR_TYPE;
  }
}

export function getIter(o: PyObject): PyObject {
  if (o instanceof PyList) return new PyListIterator(o);
  if (o instanceof PyTuple) return new PyTupleIterator(o.items);
  if (o instanceof PyRange) return new PyRangeIterator(o.start, o.length, o.step);
  if (o instanceof PyStr) return new PyStrIterator(o.value);
  if (o instanceof PyDict) return new PyDictIterator(o, 0, o.used);
  if (o instanceof PyGenerator) return o;
  const m = o.getType().lookup("__iter__");
  if (m !== null) {
    if (m === NONE) throw typeError(`'${typeName(o)}' object is not iterable`);
    const it = callMethod(m, o, [], null);
    if (it.getType().lookup("__next__") === null) throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    return it;
  }
  if (o.getType().lookup("__getitem__") !== null) return new PySeqIterator(o);
  throw typeError(`'${typeName(o)}' object is not iterable`);
}

/** The iterator's next item, or null when it is exhausted (StopIteration caught). */
/** The list iterator's next item, or null at the end (which it stays at, whatever the list does later). */
export function listIteratorNext(it: PyListIterator): PyObject | null {
  const items = it.list.items;
  if (it.index < items.length) return items[it.index++];
  it.index = 2147483647;
  return null;
}

export function rangeIteratorNext(it: PyRangeIterator): PyObject | null {
  if (it.remaining <= 0) return null;
  const v = it.next;
  it.next += it.step;
  it.remaining--;
  return pyInt(v);
}

export function nextOrNull(it: PyObject): PyObject | null {
  if (it instanceof PyListIterator) return listIteratorNext(it);
  if (it instanceof PyRangeIterator) return rangeIteratorNext(it);
  if (it instanceof PyTupleIterator) return it.index < it.items.length ? it.items[it.index++] : null;
  if (it instanceof PyEnumerate) return enumerateNext(it);
  if (it instanceof PyZip) return zipNext(it);
  if (it instanceof PyGenerator) return generatorNext(it);
  if (it instanceof PyStrIterator) {
    if (it.index >= it.s.length) return null;
    const c = it.s.charCodeAt(it.index);
    const wide = c >= 0xd800 && c <= 0xdbff && it.index + 1 < it.s.length;
    const ch = it.s.slice(it.index, it.index + (wide ? 2 : 1));
    it.index += wide ? 2 : 1;
    return new PyStr(ch, 1);
  }
  if (it instanceof PyDictIterator) return dictIteratorNext(it);
  if (it instanceof PyReverseIterator) {
    if (it.index >= 0 && it.index < it.list.items.length) return it.list.items[it.index--];
    it.index = -1;
    return null;
  }
  if (it instanceof PySeqIterator) {
    if (it.done) return null;
    try {
      return getItem(it.seq, pyInt(it.index++));
    } catch (e) {
      if (e instanceof PyError && (e.exc.cls.isSubtypeOf(IndexError) || e.exc.cls.isSubtypeOf(StopIteration))) {
        it.done = true;
        return null;
      }
      throw e;
    }
  }
  if (it instanceof PyCallIterator) {
    if (it.done) return null;
    const v = call(it.fn, [], null);
    if (eq(v, it.sentinel)) {
      it.done = true;
      return null;
    }
    return v;
  }
  if (it instanceof PyMap) return mapNext(it);
  if (it instanceof PyFilter) return filterNext(it);
  const m = it.getType().lookup("__next__");
  if (m === null) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callMethod(m, it, [], null);
  } catch (e) {
    if (isStopIteration(e)) return null;
    throw e;
  }
}

/**
 * The next item of one of the builtins' lazy iterators (enumerate, zip, map,
 * filter), or null.  enumerate and zip of one or two iterables have no loop,
 * so a trace looks inside them: the tuple they make is virtual where the loop
 * unpacks it.
 */
export function builtinIteratorNext(o: PyObject): PyObject | null {
  if (o instanceof PyEnumerate) return enumerateNext(o);
  if (o instanceof PyZip) return zipNext(o);
  if (o instanceof PyMap) return mapNext(o);
  if (o instanceof PyFilter) return filterNext(o);
  return null;
}

function enumerateNext(o: PyEnumerate): PyObject | null {
  const x = nextOrNull(o.it);
  if (x === null) return null;
  const big = o.bigCount;
  if (big === null) return pyTuple([pyInt(o.count++), x]);
  o.bigCount = binaryOp(big, pyInt(1), BinaryOp.ADD);
  return pyTuple([big, x]);
}

function zipNext(o: PyZip): PyObject | null {
  const n = o.its.length;
  if (n === 0) return null;
  if (o.strict || n > 2) return zipNextAll(o);
  const a = nextOrNull(o.its[0]);
  if (a === null) return null;
  if (n === 1) return pyTuple([a]);
  const b = nextOrNull(o.its[1]);
  return b === null ? null : pyTuple([a, b]);
}

function zipNextAll(o: PyZip): PyObject | null {
  const items: PyObject[] = [];
  for (let i = 0; i < o.its.length; i++) {
    const x = nextOrNull(o.its[i]);
    if (x === null) {
      if (o.strict) {
        if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : `-${i}`}`);
        for (let j = 1; j < o.its.length; j++)
          if (nextOrNull(o.its[j]) !== null) throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`);
      }
      return null;
    }
    items.push(x);
  }
  return pyTuple(items);
}

function mapNext(o: PyMap): PyObject | null {
  if (o.its.length === 1) {
    const x = nextOrNull(o.its[0]);
    return x === null ? null : call(o.fn, [x], null);
  }
  const items: PyObject[] = [];
  for (const it of o.its) {
    const x = nextOrNull(it);
    if (x === null) return null;
    items.push(x);
  }
  return call(o.fn, items, null);
}

function filterNext(o: PyFilter): PyObject | null {
  for (;;) {
    const x = nextOrNull(o.it);
    if (x === null) return null;
    if (o.fn === NONE ? truthy(x) : truthy(call(o.fn, [x], null))) return x;
  }
}

function dictIteratorNext(it: PyDictIterator): PyObject | null {
  const d = it.dict;
  if (d.used !== it.size) {
    it.index = 2147483647;
    throw pyError(RuntimeError, "dictionary changed size during iteration");
  }
  while (it.index < d.keys.length) {
    const i = it.index++;
    const k = d.keys[i];
    if (k === null) continue;
    if (it.kind === 0) return k;
    if (it.kind === 1) return d.values[i]!;
    return pyTuple([k, d.values[i]!]);
  }
  return null;
}

/** All the items of an iterable. */
export function iterate(o: PyObject): PyObject[] {
  if (o instanceof PyList) return o.items.slice();
  if (o instanceof PyTuple) return o.items.slice();
  if (o instanceof PySet) return setItems(o);
  if (o instanceof PyGenerator) return collect(o);
  return iterateAny(o);
}

/**
 * A generator's values: one run of its frame, each value collected as it is yielded (the sink takes them all).
 * No loop here, so a trace looks inside: the generator's frame runs through a call of the portal there (inlined, or its compiled code).
 */
function collect(gen: PyGenerator): PyObject[] {
  const sink = new CollectSink();
  const v = generatorNextInto(gen, sink);
  if (v !== null) collectRest(gen, sink, v);
  return sink.items;
}

function collectRest(gen: PyGenerator, sink: CollectSink, first: PyObject): void {
  for (let v: PyObject | null = first; v !== null; v = generatorNextInto(gen, sink)) sink.items.push(v);
}

function iterateAny(o: PyObject): PyObject[] {
  const it = getIter(o);
  const out: PyObject[] = [];
  for (;;) {
    const x = nextOrNull(it);
    if (x === null) return out;
    out.push(x);
  }
}

/** The items for `a, b, *c, d = obj`: `before` targets, then (when after >= 0) a list of the rest, then `after` targets. */
export function unpackIterable(obj: PyObject, before: number, after: number): PyObject[] {
  if (after < 0 && obj instanceof PyTuple && obj.items.length === before) return obj.items;
  if (after < 0 && obj instanceof PyList && obj.items.length === before) return obj.items.slice();
  let items: PyObject[];
  try {
    items = iterate(obj);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls === TypeError && obj.getType().lookup("__iter__") === null && obj.getType().lookup("__getitem__") === null)
      throw typeError(`cannot unpack non-iterable ${typeName(obj)} object`);
    throw e;
  }
  if (after < 0) {
    if (items.length < before) throw valueError(`not enough values to unpack (expected ${before}, got ${items.length})`);
    if (items.length > before) throw valueError(`too many values to unpack (expected ${before})`);
    return items;
  }
  if (items.length < before + after) throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

// the iterator types' own methods, for next(it) / iter(it) through the type
for (const t of [LIST_ITERATOR_TYPE, TUPLE_ITERATOR_TYPE, STR_ITERATOR_TYPE, RANGE_ITERATOR_TYPE, DICT_KEY_ITERATOR_TYPE, DICT_VALUE_ITERATOR_TYPE,
  DICT_ITEM_ITERATOR_TYPE, SEQ_ITERATOR_TYPE, CALL_ITERATOR_TYPE, REVERSED_TYPE]) {
  t.instantiable = false;
  defMethod(t, "__iter__", (args) => args[0]);
  defMethod(t, "__next__", (args) => {
    const v = nextOrNull(args[0]);
    if (v === null) throw stopIteration(NONE);
    return v;
  });
}
