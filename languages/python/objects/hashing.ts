// hash(): CPython 3.11's Py_hash_t values (64-bit, signed) computed exactly
// in both modes.  A number holds an int exactly only within ±2^53 on Node,
// so a 64-bit hash travels as two 32-bit words: every function here that
// makes a 64-bit value returns its LOW word as a uint32 and leaves its HIGH
// word (an int32) in this module's register, read with `hashHigh()` right
// after the call (before anything else hashes).  `hashToPy(lo, hashHigh())`
// makes the Python int (a PyInt when the value fits in ±(2^53 - 1), else a
// PyLong); `hashFitsSmall`/`hashToNumber` serve callers that want a number.
//
// What matches CPython bit for bit: int (small and big: |n| mod 2^61 - 1
// with n's sign, -1 -> -2), bool, float (_Py_HashDouble: the value mod
// 2^61 - 1, ±inf -> ±314159), tuple (3.8+'s xxHash-based tuplehash),
// range (for len >= 2: CPython hashes None by address, so not for the
// shorter ones), frozenset (set-table.ts, with _shuffle_bits), and user
// `__hash__` results reduced as slot_tp_hash does.  What cannot match:
// str and bytes (CPython uses a randomized SipHash; ours is a fixed hash
// of the UTF-16 units / bytes, within ±2^52 so it is always a small int,
// and 0 for the empty string as in CPython; hash(b'x') == hash('x') for
// Latin-1 text, as in CPython), None (a constant: 0xFCA86420, CPython
// 3.12's), NaN (0; CPython 3.10+ hashes each NaN object by its address)
// and identity hashes (objects without __hash__: a counter, see
// identityHash).
import { floatHighWord, floatLowWord } from "rts/rlib";
import { BigNum } from "../bigint.ts";
import { typeError } from "./exceptions.ts";
import {
  BYTES_TYPE, DICT_TYPE, FLOAT_TYPE, INT_TYPE, LIST_TYPE, NONE, NONE_TYPE, OBJECT_TYPE, PyBuiltin, PyBytes, PyDict, PyError, PyFloat,
  PyInstance, PyInt, PyList, PyLong, PyObject, PyRange, PyStr, PyTuple, PyType, RANGE_TYPE, SLICE_TYPE, STR_TYPE, TUPLE_TYPE, pyInt,
  type NativeFn,
} from "./model.ts";

// This module's top level only fills type dicts (no ops.ts value is used
// before ops.ts has run), and its state is read only when something is
// hashed, so the import cycle through ops.ts and set-table.ts is harmless.
import { callMethod } from "./ops.ts";
import { FROZENSET_TYPE, asSet } from "./set-object.ts";
import { frozensetHash } from "./set-table.ts";
import { PyLongRange, longRangeHashItems } from "./longrange.ts";

// ---- 64-bit words ------------------------------------------------------------------------------------

/** The high word (int32) of the last 64-bit result made here. */
let hiWord = 0;

/** The high 32 bits (an int32) of the last 64-bit value pyHash or a helper of this module returned the low word of. */
export function hashHigh(): number {
  return hiWord;
}

/** Returns the 64-bit value (hi, lo) the module's way: lo as a uint32, hi in the register. */
export function hashResult(hi: number, lo: number): number {
  hiWord = hi | 0;
  return lo >>> 0;
}

/** (ah, al) + (bh, bl) modulo 2^64. */
export function add64(ah: number, al: number, bh: number, bl: number): number {
  const s = (al >>> 0) + (bl >>> 0);
  hiWord = (ah + bh + (s >= 4294967296 ? 1 : 0)) | 0;
  return s >>> 0;
}

/** (ah, al) * (bh, bl) modulo 2^64, from 16-bit pieces (every partial product exact in a double). */
export function mul64(ah: number, al: number, bh: number, bl: number): number {
  const a = al >>> 0;
  const b = bl >>> 0;
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = (p00 & 0xffff) | (mid << 16);
  const high = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  hiWord = (high + Math.imul(ah, b) + Math.imul(a, bh)) | 0;
  return lo >>> 0;
}

/** -(h, l) modulo 2^64. */
export function neg64(h: number, l: number): number {
  const lo = (~l + 1) >>> 0;
  hiWord = (~h + (lo === 0 ? 1 : 0)) | 0;
  return lo;
}

/** (h, l) << k for 0 <= k < 64. */
function shl64(h: number, l: number, k: number): number {
  if (k === 0) return hashResult(h, l);
  if (k < 32) return hashResult((h << k) | (l >>> (32 - k)), l << k);
  return hashResult(l << (k - 32), 0);
}

/** (h, l) >>> k (unsigned) for 0 <= k < 64. */
export function shr64(h: number, l: number, k: number): number {
  if (k === 0) return hashResult(h, l);
  if (k < 32) return hashResult(h >>> k, (l >>> k) | (h << (32 - k)));
  return hashResult(0, h >>> (k - 32));
}

/** Whether (hi, lo) is within ±(2^53 - 1), so a PyInt (and a number on Node) holds it exactly. */
export function hashFitsSmall(lo: number, hi: number): boolean {
  if (hi < -2097152 || hi > 2097151) return false;
  return hi !== -2097152 || lo !== 0;
}

/** The value (hi, lo) as a number: exact when hashFitsSmall(lo, hi). */
export function hashToNumber(lo: number, hi: number): number {
  return hi * 4294967296 + (lo >>> 0);
}

/** The value (hi, lo) as a BigNum (any 64-bit value). */
export function hashToBig(lo: number, hi: number): BigNum {
  return BigNum.fromInt(hi).shl(32).add(BigNum.fromInt(lo >>> 0));
}

/** The Python int of the hash (hi, lo): what hash() returns. */
export function hashToPy(lo: number, hi: number): PyObject {
  if (hashFitsSmall(lo, hi)) return pyInt(hashToNumber(lo, hi));
  return new PyLong(hashToBig(lo, hi));
}

/** hash(o) as a Python int. */
export function hashObject(o: PyObject): PyObject {
  const lo = pyHash(o);
  return hashToPy(lo, hiWord);
}

/** The low 64 bits of a BigNum of magnitude below 2^78 (two's complement when negative). */
function bigWords(b: BigNum): number {
  const limbs = b.limbs;
  const l0 = limbs.length > 0 ? limbs[0] : 0;
  const l1 = limbs.length > 1 ? limbs[1] : 0;
  const l2 = limbs.length > 2 ? limbs[2] : 0;
  const lo = (l0 | (l1 << 26)) >>> 0;
  const hi = (l1 >>> 6) | (l2 << 20);
  if (b.negative) return neg64(hi, lo);
  return hashResult(hi, lo);
}

/** -1 is CPython's error value: a hash that would be -1 is -2. */
function notMinusOne(lo: number): number {
  if (hiWord === -1 && lo === 4294967295) return hashResult(-1, 4294967294);
  return lo;
}

// ---- the hashes of the builtin values ----------------------------------------------------------------

/** hash(n) for |n| <= 2^53 - 1: n itself (below 2^61 - 1), -1 becoming -2. */
export function hashSmallInt(n: number): number {
  if (n === -1) return hashResult(-1, 4294967294);
  const lo = n >>> 0;
  // (an int32's high word is its sign: no float division — in a trace one range test instead of a division and a call)
  if ((n | 0) === n) return hashResult(n >> 31, lo);
  return hashResult((n - lo) / 4294967296, lo);
}

/**
 * hash(n) of a big int: |n| mod 2^61 - 1 with n's sign, -1 becoming -2.
 * CPython's reduction, limb by limb from the top (2^61 = 1 modulo
 * 2^61 - 1, so times 2^26 is a rotation of the 61-bit residue), with the
 * residue as a (29-bit, 32-bit) word pair — no division: a dict or set of
 * 64-bit keys (the go benchmark's Zobrist hashes) hashes one at each step.
 */
export function hashBig(b: BigNum): number {
  const limbs = b.limbs;
  let hi = 0;
  let lo = 0;
  for (let i = b.size - 1; i >= 0; i--) {
    // (hi, lo) * 2^26 mod 2^61 - 1: the low 35 bits move up 26, the top 26 come round to the bottom
    const top = hi >>> 3;
    hi = ((hi & 7) << 26) | (lo >>> 6);
    lo = ((lo << 26) >>> 0) + top + limbs[i];
    if (lo >= 4294967296) {
      lo -= 4294967296;
      hi += 1;
    }
    // at least 2^61 - 1: subtract it (add 1, drop 2^61)
    if (hi > 0x1fffffff || (hi === 0x1fffffff && lo === 4294967295)) {
      hi -= 0x20000000;
      lo += 1;
      if (lo >= 4294967296) {
        lo -= 4294967296;
        hi += 1;
      }
    }
  }
  if (!b.negative) return hashResult(hi, lo);
  return hi === 0 && lo === 1 ? neg64(0, 2) : neg64(hi, lo);
}

const MODULUS_HI = 0x1fffffff; // 2^61 - 1 = (MODULUS_HI, 0xffffffff)

/** _Py_HashDouble: the float's value mod 2^61 - 1 (for an integral float, the int's hash), with its sign; ±inf -> ±314159; NaN -> 0. */
export function hashFloat(v: number): number {
  if (v !== v) return hashResult(0, 0);
  if (v === Infinity) return hashResult(0, 314159);
  if (v === -Infinity) return neg64(0, 314159);
  if (v === 0) return hashResult(0, 0);
  const hw = floatHighWord(v);
  const lw = floatLowWord(v);
  const exp = (hw >>> 20) & 0x7ff;
  let mh = hw & 0xfffff;
  // v = M * 2^E with M the 53-bit mantissa (subnormals: no hidden bit, E = -1074)
  let e = -1074;
  if (exp !== 0) {
    mh |= 0x100000;
    e = exp - 1075;
  }
  // 2^61 = 1 modulo 2^61 - 1, so M * 2^E is M rotated left by E mod 61 within 61 bits (CPython's loop computes the same residue);
  // 1098 = 18 * 61 keeps the dividend positive
  const k = (e + 1098) % 61;
  let rh = mh;
  let rl = lw;
  if (k !== 0) {
    const ll = shl64(mh, lw, k);
    const lh = hiWord & MODULUS_HI;
    const right = shr64(mh, lw, 61 - k);
    rh = lh | hiWord;
    rl = (ll | right) >>> 0;
  }
  if (hw < 0) return notMinusOne(neg64(rh, rl));
  return hashResult(rh, rl);
}

/** The hash of a str (and of bytes): not CPython's (randomized SipHash) but fixed: FNV-1a of the UTF-16 units in the low word, a second hash in 21 bits of the high word (so the value is a small int); "" -> 0. */
export function hashString(s: string): number {
  if (s.length === 0) return hashResult(0, 0);
  let h1 = -2128831035;
  let h2 = 0x3c6ef372;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0x27d4eb2f);
  hiWord = (h2 << 11) >> 11;
  return notMinusOne(h1 >>> 0);
}

// xxHash's primes as CPython's tuplehash uses them (64-bit)
const XXPRIME_1_HI = 0x9e3779b1 | 0;
const XXPRIME_1_LO = 0x85ebca87;
const XXPRIME_2_HI = 0xc2b2ae3d | 0;
const XXPRIME_2_LO = 0x27d4eb4f;
const XXPRIME_5_HI = 0x27d4eb2f;
const XXPRIME_5_LO = 0x165667c5;

/** tuplehash (CPython 3.8+): xxHash's round per item hash, then the length mixed in; -1 -> 1546275796. */
export function hashTuple(items: PyObject[]): number {
  let ah = XXPRIME_5_HI;
  let al = XXPRIME_5_LO;
  for (const item of items) {
    const ll = pyHash(item);
    const lh = hiWord;
    const pl = mul64(lh, ll, XXPRIME_2_HI, XXPRIME_2_LO);
    const ph = hiWord;
    al = add64(ah, al, ph, pl);
    ah = hiWord;
    // rotate left 31
    const rh = (ah << 31) | (al >>> 1);
    const rl = ((al << 31) | (ah >>> 1)) >>> 0;
    al = mul64(rh, rl, XXPRIME_1_HI, XXPRIME_1_LO);
    ah = hiWord;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  al = add64(ah, al, XXPRIME_5_HI, (items.length ^ (XXPRIME_5_LO ^ 3527539)) >>> 0);
  ah = hiWord;
  if (ah === -1 && al === 4294967295) return hashResult(0, 1546275796);
  return hashResult(ah, al);
}

/** hash(None): CPython 3.11 hashes it by address; a constant here (3.12's). */
const NONE_HASH = 0xfca86420;

/** range's hash: that of (len, start, step), with None for start and step when len == 0 and for step when len == 1. */
export function hashRange(r: PyRange): number {
  const items: PyObject[] = [pyInt(r.length), NONE, NONE];
  if (r.length > 0) {
    items[1] = pyInt(r.start);
    if (r.length > 1) items[2] = pyInt(r.step);
  }
  return hashTuple(items);
}

// ---- identity hashes ---------------------------------------------------------------------------------

/**
 * Identity numbers for objects hashed by identity (object.__hash__) or
 * asked for their id(), given out in order from 2^20.  The table keeps
 * every object it numbered alive: a leak, bounded by the objects a program
 * hashes by identity or asks the id of (what CPython would use the address
 * of); a field in PyObject would avoid it.
 */
const identities = new Map<PyObject, number>();
let nextIdentity = 1048576;

/** The identity number of o (the same for the object's life). */
export function identityNumber(o: PyObject): number {
  const known = identities.get(o);
  if (known !== undefined) return known;
  const n = nextIdentity;
  nextIdentity++;
  identities.set(o, n);
  return n;
}

/** id(o): 16 times the identity number, so that hash(o) == id(o) >> 4 as in CPython (an address shifted). */
export function objectId(o: PyObject): number {
  return identityNumber(o) * 16;
}

/** object.__hash__: the identity number (id(o) >> 4; it stays far below 2^53). */
export function identityHash(o: PyObject): number {
  return hashSmallInt(identityNumber(o));
}

// ---- hash() ---------------------------------------------------------------------------------------------

/**
 * hash(o): returns the low word (uint32) and leaves the high word in the
 * register (hashHigh()).  Raises TypeError for unhashable objects.
 */
export function pyHash(o: PyObject): number {
  if (o instanceof PyInt) return hashSmallInt(o.value);
  if (o instanceof PyStr) return hashString(o.value);
  if (o instanceof PyFloat) return hashFloat(o.value);
  if (o instanceof PyTuple) return hashTuple(o.items);
  if (o instanceof PyLong) return hashBig(o.big);
  if (o === NONE) return hashResult(0, NONE_HASH);
  if (o instanceof PyList || o instanceof PyDict) throw unhashable(o);
  return hashGeneric(o);
}

export function unhashable(o: PyObject): PyError {
  return typeError(`unhashable type: '${o.getType().name}'`);
}

/**
 * hash(o) through the type's `__hash__`: None means unhashable; the builtin
 * types' own `__hash__` (whoever registered it) is computed here without a
 * call, by the type that owns it (so instances of subclasses that keep it
 * hash fast too); a user method's result is reduced as CPython's
 * slot_tp_hash does.
 */
function hashGeneric(o: PyObject): number {
  const m = o.getType().lookup("__hash__");
  if (m === null) return identityHash(o);
  if (m === NONE) throw unhashable(o);
  if (m instanceof PyBuiltin && m.self === null) {
    const t = m.owner;
    if (t === OBJECT_TYPE) return identityHash(o);
    if (t === INT_TYPE) return intHashNative(o);
    if (t === FLOAT_TYPE) return floatHashNative(o);
    if (t === STR_TYPE) return strHashNative(o);
    if (t === TUPLE_TYPE) return tupleHashNative(o);
    if (t === FROZENSET_TYPE) return frozensetHashNative(o);
    if (t === BYTES_TYPE) return bytesHashNative(o);
    if (t === NONE_TYPE) return noneHashNative(o);
    if (t === RANGE_TYPE) return rangeHashNative(o);
  }
  return hashOfResult(callMethod(m, o, [], null));
}

const TWO_63 = BigNum.ONE.shl(63);

/** A `__hash__` result as a hash: an int in the 64-bit range is itself, a bigger one its int hash; -1 becomes -2. */
export function hashOfResult(r: PyObject): number {
  const v = r instanceof PyInstance && r.builtin !== null && (r.builtin instanceof PyInt || r.builtin instanceof PyLong) ? r.builtin : r;
  if (v instanceof PyInt) return hashSmallInt(v.value);
  if (v instanceof PyLong) {
    const b = v.big;
    const bits = b.bitLength();
    if (bits < 64 || (b.negative && bits === 64 && b.abs().equals(TWO_63))) {
      return notMinusOne(bigWords(b));
    }
    return hashBig(b);
  }
  throw typeError("__hash__ method should return an integer");
}

// ---- the builtin types' __hash__ ----------------------------------------------------------------------

/** The value of a builtin type's instance: itself, or the builtin value of an instance of a subclass. */
function valueOf(o: PyObject): PyObject {
  return o instanceof PyInstance && o.builtin !== null ? o.builtin : o;
}

function descriptorError(owner: string, o: PyObject): PyError {
  return typeError(`descriptor '__hash__' requires a '${owner}' object but received a '${o.getType().name}'`);
}

function intHashNative(o: PyObject): number {
  const v = valueOf(o);
  if (v instanceof PyInt) return hashSmallInt(v.value);
  if (v instanceof PyLong) return hashBig(v.big);
  throw descriptorError("int", o);
}

function floatHashNative(o: PyObject): number {
  const v = valueOf(o);
  if (v instanceof PyFloat) return hashFloat(v.value);
  throw descriptorError("float", o);
}

function strHashNative(o: PyObject): number {
  const v = valueOf(o);
  if (v instanceof PyStr) return hashString(v.value);
  throw descriptorError("str", o);
}

function bytesHashNative(o: PyObject): number {
  const v = valueOf(o);
  if (v instanceof PyBytes) return hashString(v.value);
  throw descriptorError("bytes", o);
}

function tupleHashNative(o: PyObject): number {
  const v = valueOf(o);
  if (v instanceof PyTuple) return hashTuple(v.items);
  throw descriptorError("tuple", o);
}

function noneHashNative(o: PyObject): number {
  if (o === NONE) return hashResult(0, NONE_HASH);
  throw descriptorError("NoneType", o);
}

function frozensetHashNative(o: PyObject): number {
  const s = asSet(o);
  if (s !== null && s.frozen) return frozensetHash(s);
  throw descriptorError("frozenset", o);
}

function rangeHashNative(o: PyObject): number {
  if (o instanceof PyRange) return hashRange(o);
  if (o instanceof PyLongRange) return hashTuple(longRangeHashItems(o));
  throw descriptorError("range", o);
}

// The builtin types' __hash__ (values as hashGeneric computes them; other modules may define them again, to the same effect).
function defHash(type: PyType, fn: NativeFn): void {
  type.dict.set("__hash__", new PyBuiltin("__hash__", fn, type, null));
}
defHash(OBJECT_TYPE, (args) => hashToPy(identityHash(args[0]), hiWord));
defHash(INT_TYPE, (args) => hashToPy(intHashNative(args[0]), hiWord));
defHash(FLOAT_TYPE, (args) => hashToPy(floatHashNative(args[0]), hiWord));
defHash(STR_TYPE, (args) => hashToPy(strHashNative(args[0]), hiWord));
defHash(BYTES_TYPE, (args) => hashToPy(bytesHashNative(args[0]), hiWord));
defHash(TUPLE_TYPE, (args) => hashToPy(tupleHashNative(args[0]), hiWord));
defHash(NONE_TYPE, (args) => hashToPy(noneHashNative(args[0]), hiWord));
defHash(RANGE_TYPE, (args) => hashToPy(rangeHashNative(args[0]), hiWord));
// list, dict and slice (3.11) are unhashable: __hash__ is None (set.ts does set and frozenset)
LIST_TYPE.dict.set("__hash__", NONE);
DICT_TYPE.dict.set("__hash__", NONE);
SLICE_TYPE.dict.set("__hash__", NONE);

/** frozenset.__hash__(o) (set.ts registers it). */
export function frozensetHashObject(o: PyObject): PyObject {
  const lo = frozensetHashNative(o);
  return hashToPy(lo, hiWord);
}
