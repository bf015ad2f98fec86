// range() past the small ints (CPython's longrange): a range whose start,
// stop or step is a big int, or whose span is beyond ±2^53, keeps them and
// its length as int objects, and everything it does is generic int
// arithmetic.  The small PyRange (numbers, traced by the JIT) is the one
// loops use; this one only has to be right.  The range type's methods
// (numtypes.ts) hand a PyLongRange to the functions here.
import { BinaryOp, CompareOp } from "../code.ts";
import { indexError, overflowError, stopIteration, typeError, valueError } from "./exceptions.ts";
import { NONE, OBJECT_TYPE, PyInt, PyLong, PyObject, PyRange, PySlice, PyType, RANGE_TYPE, newBuiltinType, pyInt } from "./model.ts";
import { asInt, intOp, numberCompare } from "./numbers.ts";
import { callSpecial, defMethod, repr, typeName } from "./ops.ts";

type Int = PyInt | PyLong;

export class PyLongRange extends PyObject {
  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
    readonly length: Int,
  ) {
    super();
  }
  getType(): PyType {
    return RANGE_TYPE;
  }
}

export const LONG_RANGE_ITERATOR_TYPE = newBuiltinType("longrange_iterator", [OBJECT_TYPE]);

export class PyLongRangeIterator extends PyObject {
  constructor(
    public next: Int,
    public remaining: Int,
    readonly step: Int,
  ) {
    super();
  }
  getType(): PyType {
    return LONG_RANGE_ITERATOR_TYPE;
  }
}

const ZERO = pyInt(0);
const ONE = pyInt(1);

function op(a: Int, b: Int, o: BinaryOp): Int {
  return intOp(a, b, o) as Int;
}
function cmp(a: Int, b: Int, o: CompareOp): boolean {
  return numberCompare(a, b, o) === true;
}

/** An int argument as an int object (`__index__` for others). */
export function indexObject(o: PyObject): Int {
  const i = asInt(o);
  if (i !== null) return i;
  const r = callSpecial(o, "__index__", []);
  if (r === null) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  const ri = asInt(r);
  if (ri === null) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return ri;
}

/** CPython's compute_range_length: how many ints start, start + step, ... lie before stop. */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  const up = cmp(step, ZERO, CompareOp.GT);
  const lo = up ? start : stop;
  const hi = up ? stop : start;
  if (cmp(lo, hi, CompareOp.GE)) return ZERO;
  const span = op(op(hi, lo, BinaryOp.SUB), ONE, BinaryOp.SUB);
  return op(op(span, up ? step : op(ZERO, step, BinaryOp.SUB), BinaryOp.FLOORDIV), ONE, BinaryOp.ADD);
}

/** The range of these int objects: a small PyRange when every number fits one, else a PyLongRange. */
export function makeAnyRange(start: Int, stop: Int, step: Int): PyObject {
  if (cmp(step, ZERO, CompareOp.EQ)) throw valueError("range() arg 3 must not be zero");
  const length = rangeLength(start, stop, step);
  const span = op(stop, start, BinaryOp.SUB);
  if (start instanceof PyInt && stop instanceof PyInt && step instanceof PyInt && length instanceof PyInt && span instanceof PyInt) {
    return new PyRange(start.value, stop.value, step.value, length.value);
  }
  return new PyLongRange(start, stop, step, length);
}

/** The long form of either range (for comparing and hashing a mix). */
function partsOf(r: PyObject): PyLongRange {
  if (r instanceof PyLongRange) return r;
  const s = r as PyRange;
  return new PyLongRange(pyInt(s.start), pyInt(s.stop), pyInt(s.step), pyInt(s.length));
}

export function longRangeRepr(r: PyLongRange): string {
  const step = cmp(r.step, ONE, CompareOp.EQ) ? "" : ", " + repr(r.step);
  return `range(${repr(r.start)}, ${repr(r.stop)}${step})`;
}

/** len(): CPython's limit is a C ssize_t. */
export function longRangeLen(r: PyLongRange): PyObject {
  if (r.length instanceof PyLong && r.length.big.bitLength() > 63) throw overflowError("Python int too large to convert to C ssize_t");
  return r.length;
}

/** Whether r has no items (bool() of it: a long range may be empty, range(10**20, 10**20)). */
export function longRangeEmpty(r: PyLongRange): boolean {
  return cmp(r.length, ZERO, CompareOp.EQ);
}

export function longRangeIter(r: PyLongRange): PyObject {
  return new PyLongRangeIterator(r.start, r.length, r.step);
}

export function longRangeReversed(r: PyLongRange): PyObject {
  const last = op(r.start, op(op(r.length, ONE, BinaryOp.SUB), r.step, BinaryOp.MUL), BinaryOp.ADD);
  return new PyLongRangeIterator(last, r.length, op(ZERO, r.step, BinaryOp.SUB));
}

/** The k-th item, k an int object within [0, length). */
function itemAt(r: PyLongRange, k: Int): Int {
  return op(r.start, op(k, r.step, BinaryOp.MUL), BinaryOp.ADD);
}

/** Where x stands in r (its index), or null when r does not hold it. */
function positionOf(r: PyLongRange, x: PyObject): Int | null {
  const v = asInt(x);
  if (v === null || cmp(r.length, ZERO, CompareOp.EQ)) return null;
  const off = op(v, r.start, BinaryOp.SUB);
  if (!cmp(op(off, r.step, BinaryOp.MOD), ZERO, CompareOp.EQ)) return null;
  const k = op(off, r.step, BinaryOp.FLOORDIV);
  return cmp(k, ZERO, CompareOp.GE) && cmp(k, r.length, CompareOp.LT) ? k : null;
}

/** `x in r` for an int x (null: not an int — the caller compares item by item). */
export function longRangeContains(r: PyLongRange, x: PyObject): boolean | null {
  if (asInt(x) === null) return null;
  return positionOf(r, x) !== null;
}

export function longRangeIndex(r: PyLongRange, x: PyObject): PyObject {
  const k = positionOf(r, x);
  if (k === null) throw valueError(`${repr(x)} is not in range`);
  return k;
}

export function longRangeCount(r: PyLongRange, x: PyObject): PyObject {
  return pyInt(positionOf(r, x) === null ? 0 : 1);
}

/** r[key]: an index (an int of any size, negative from the end) or a slice (a range again). */
export function longRangeItem(r: PyObject, key: PyObject): PyObject {
  const p = partsOf(r);
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndicesOf(key, p.length);
    return makeAnyRange(itemAt(p, start), itemAt(p, stop), op(p.step, step, BinaryOp.MUL));
  }
  if (asInt(key) === null && key.getType().lookup("__index__") === null) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  let k = indexObject(key);
  if (cmp(k, ZERO, CompareOp.LT)) k = op(k, p.length, BinaryOp.ADD);
  if (cmp(k, ZERO, CompareOp.LT) || cmp(k, p.length, CompareOp.GE)) throw indexError("range object index out of range");
  return itemAt(p, k);
}

/** slice.indices(length) with int objects (CPython's _PySlice_GetLongIndices): start, stop, step. */
function sliceIndicesOf(s: PySlice, length: Int): [Int, Int, Int] {
  const step = s.step === NONE ? ONE : indexObject(s.step);
  if (cmp(step, ZERO, CompareOp.EQ)) throw valueError("slice step cannot be zero");
  const back = cmp(step, ZERO, CompareOp.LT);
  const lower = back ? pyInt(-1) : ZERO;
  const upper = back ? op(length, ONE, BinaryOp.SUB) : length;
  const bound = (x: PyObject, dflt: Int): Int => {
    if (x === NONE) return dflt;
    let v = indexObject(x);
    if (cmp(v, ZERO, CompareOp.LT)) {
      v = op(v, length, BinaryOp.ADD);
      return cmp(v, lower, CompareOp.LT) ? lower : v;
    }
    return cmp(v, upper, CompareOp.GT) ? upper : v;
  };
  return [bound(s.start, back ? upper : lower), bound(s.stop, back ? lower : upper), step];
}

/** range == range: the same ints in the same order (length, then first item, then step where there are two). */
export function longRangeEquals(a: PyObject, b: PyObject): boolean {
  const x = partsOf(a);
  const y = partsOf(b);
  if (!cmp(x.length, y.length, CompareOp.EQ)) return false;
  if (cmp(x.length, ZERO, CompareOp.EQ)) return true;
  if (!cmp(x.start, y.start, CompareOp.EQ)) return false;
  return cmp(x.length, ONE, CompareOp.EQ) || cmp(x.step, y.step, CompareOp.EQ);
}

/** What hash(range) hashes, as CPython: (len, start, step), None for start and step when empty and for step with one item. */
export function longRangeHashItems(r: PyLongRange): PyObject[] {
  const items: PyObject[] = [r.length, NONE, NONE];
  if (!cmp(r.length, ZERO, CompareOp.EQ)) {
    items[1] = r.start;
    if (!cmp(r.length, ONE, CompareOp.EQ)) items[2] = r.step;
  }
  return items;
}

function iteratorNext(it: PyLongRangeIterator): PyObject {
  if (!cmp(it.remaining, ZERO, CompareOp.GT)) throw stopIteration(NONE);
  const v = it.next;
  it.next = op(v, it.step, BinaryOp.ADD);
  it.remaining = op(it.remaining, ONE, BinaryOp.SUB);
  return v;
}

LONG_RANGE_ITERATOR_TYPE.instantiable = false;
defMethod(LONG_RANGE_ITERATOR_TYPE, "__iter__", (args) => args[0]);
defMethod(LONG_RANGE_ITERATOR_TYPE, "__next__", (args) => iteratorNext(args[0] as PyLongRangeIterator));
defMethod(LONG_RANGE_ITERATOR_TYPE, "__length_hint__", (args) => (args[0] as PyLongRangeIterator).remaining);
