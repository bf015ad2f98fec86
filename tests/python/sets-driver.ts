// The set and hash test driver (an RTS program, run untranslated and
// translated by tests/python/sets.test.ts, which runs the same scripts
// through CPython): `sets-driver FILE` runs the script in FILE and prints
// one line per result.  A script line is an operation on four set
// variables 0..3 (all empty sets at the start of a script; a line `---`
// starts a new script); values are written prefix style, separated by
// spaces: `i:N` (int), `L:N` (big int), `f:X` (float, as JavaScript
// prints it), `T`/`F`, `N`, `s:TEXT`, `( ... )` a tuple, `{ ... }` a
// frozenset, `[ ... ]` a list.  Results print CPython-independent
// encodings: `i:N`, `f:BITS` (the double's bits as an int64), tuples in
// parentheses, frozensets in braces (in iteration order), all without
// spaces.
import "../../languages/python/interp.ts";
import { floatHighWord, floatLowWord } from "rts/rlib";
import { readFile } from "rts/rlib/os";
import { BigNum } from "../../languages/python/bigint.ts";
import {
  FALSE, FLOAT_TYPE, PyError, INT_TYPE, NONE, PyBool, PyFloat, PyInt, PyList, PyLong, PyObject, PyStr, PyTuple, TRUE, TUPLE_TYPE, pyBool, pyFloat,
  pyInt, pyStr, pyTuple,
} from "../../languages/python/objects/model.ts";
import { defMethod, eq } from "../../languages/python/objects/ops.ts";
import { hashHigh, hashToBig, pyHash } from "../../languages/python/objects/hashing.ts";
import {
  PySet, makeSet, setAdd, setContains, setCopy, setDifference, setDifferenceMulti, setDifferenceUpdate, setDiscard, setEquals,
  setIntersection, setIntersectionMulti, setIntersectionUpdate, setIsDisjoint, setIsSubset, setIsSuperset, setItems, setOr, setPop,
  setRemove, setSymmetricDifference, setSymmetricDifferenceUpdate, setUnion, setUpdate, frozensetHash, setClear,
} from "../../languages/python/objects/set.ts";

// Equality of ints, floats and tuples where the modules that define it are not loaded (the sandbox the test checks this driver in).
function numberValue(o: PyObject): number | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyFloat) return o.value;
  return null;
}
if (!INT_TYPE.dict.has("__eq__")) {
  defMethod(INT_TYPE, "__eq__", (a) => {
    const x = a[0];
    const y = a[1];
    if (x instanceof PyLong || y instanceof PyLong) {
      if (x instanceof PyLong && y instanceof PyLong) return pyBool(x.big.equals(y.big));
      return FALSE;
    }
    const u = numberValue(x);
    const v = numberValue(y);
    return pyBool(u !== null && v !== null && u === v);
  });
}
if (!FLOAT_TYPE.dict.has("__eq__")) {
  defMethod(FLOAT_TYPE, "__eq__", (a) => {
    const u = numberValue(a[0]);
    const v = numberValue(a[1]);
    return pyBool(u !== null && v !== null && u === v);
  });
}
if (!TUPLE_TYPE.dict.has("__eq__")) {
  defMethod(TUPLE_TYPE, "__eq__", (a) => {
    const x = a[0];
    const y = a[1];
    if (!(x instanceof PyTuple) || !(y instanceof PyTuple) || x.items.length !== y.items.length) return FALSE;
    for (let i = 0; i < x.items.length; i++) if (!eq(x.items[i], y.items[i])) return FALSE;
    return TRUE;
  });
}

/** A decimal int (as an int: Number() would give a float). */
function parseIntWord(w: string): number {
  let n = 0;
  const neg = w.startsWith("-");
  for (let i = neg ? 1 : 0; i < w.length; i++) n = n * 10 + (w.charCodeAt(i) - 48);
  return neg ? 0 - n : n;
}

/** The script's tokens, read one at a time. */
class Tokens {
  pos = 0;
  constructor(readonly words: string[]) {}
  next(): string {
    return this.words[this.pos++];
  }
}

function parseValue(t: Tokens): PyObject {
  const w = t.next();
  if (w === "(" || w === "[" || w === "{") {
    const items: PyObject[] = [];
    const close = w === "(" ? ")" : w === "[" ? "]" : "}";
    while (t.words[t.pos] !== close) items.push(parseValue(t));
    t.pos++;
    if (w === "(") return pyTuple(items);
    if (w === "[") return new PyList(items);
    return makeSet(true, new PyList(items));
  }
  if (w === "T") return TRUE;
  if (w === "F") return FALSE;
  if (w === "N") return NONE;
  const body = w.slice(2);
  if (w.startsWith("i:")) return pyInt(parseIntWord(body));
  if (w.startsWith("L:")) return new PyLong(BigNum.fromString(body));
  if (w.startsWith("f:")) return pyFloat(Number(body));
  if (w.startsWith("s:")) return pyStr(body);
  throw new Error(`bad value ${w}`);
}

/** A 64-bit value (hi, lo) in decimal. */
function int64(lo: number, hi: number): string {
  return hashToBig(lo, hi).toString();
}

export function encode(o: PyObject): string {
  if (o instanceof PyBool) return o === TRUE ? "T" : "F";
  if (o instanceof PyInt) return `i:${o.value}`;
  if (o instanceof PyLong) return `i:${o.big.toString()}`;
  if (o instanceof PyFloat) return `f:${int64(floatLowWord(o.value), floatHighWord(o.value))}`;
  if (o instanceof PyStr) return `s:${o.value}`;
  if (o === NONE) return "N";
  if (o instanceof PyTuple) return "(" + o.items.map(encode).join(",") + ")";
  if (o instanceof PySet) return "{" + setItems(o).map(encode).join(",") + "}";
  return "?";
}

function hashString(o: PyObject): string {
  const lo = pyHash(o);
  return int64(lo, hashHigh());
}

function flags(a: PySet, b: PySet): string {
  const r = [setIsSubset(a, b), setIsSubset(a, b) && a.used < b.used, setEquals(a, b), setIsSuperset(a, b), setIsDisjoint(a, b)];
  return r.map((x) => (x ? "T" : "F")).join("");
}

/** Runs one operation, returning its output line or null. */
function step(sets: PySet[], t: Tokens): string | null {
  const op = t.next();
  const num = (): number => parseIntWord(t.next());
  switch (op) {
    case "hash":
      return hashString(parseValue(t));
    case "new":
      sets[num()] = makeSet(false, null);
      return null;
    case "fromlist": {
      const i = num();
      sets[i] = makeSet(false, parseValue(t));
      return encode(sets[i]);
    }
    case "frozen":
      return encode(makeSet(true, sets[num()]));
    case "add": {
      const i = num();
      setAdd(sets[i], parseValue(t));
      return null;
    }
    case "discard": {
      const i = num();
      return setDiscard(sets[i], parseValue(t)) ? "T" : "F";
    }
    case "remove": {
      const i = num();
      try {
        setRemove(sets[i], parseValue(t));
        return "ok";
      } catch (e) {
        if (e instanceof PyError) return e.exc.cls.name;
        throw e;
      }
    }
    case "pop": {
      const i = num();
      try {
        return encode(setPop(sets[i]));
      } catch (e) {
        if (e instanceof PyError) return e.exc.cls.name;
        throw e;
      }
    }
    case "clear":
      setClear(sets[num()]);
      return null;
    case "in": {
      const i = num();
      return setContains(sets[i], parseValue(t)) ? "T" : "F";
    }
    case "copy": {
      const i = num();
      sets[i] = setCopy(sets[num()]);
      return encode(sets[i]);
    }
    case "update": {
      const i = num();
      setUpdate(sets[i], parseValue(t));
      return encode(sets[i]);
    }
    case "updates": {
      const i = num();
      setUpdate(sets[i], sets[num()]);
      return encode(sets[i]);
    }
    case "or":
    case "and":
    case "sub":
    case "xor": {
      const i = num();
      const a = sets[num()];
      const b = sets[num()];
      sets[i] = op === "or" ? setOr(a, b) : op === "and" ? setIntersection(a, b) : op === "sub" ? setDifference(a, b) : setSymmetricDifference(a, b);
      return encode(sets[i]);
    }
    case "ior":
    case "iand":
    case "isub":
    case "ixor": {
      const a = sets[num()];
      const b = sets[num()];
      if (op === "ior") setUpdate(a, b);
      else if (op === "iand") setIntersectionUpdate(a, [b]);
      else if (op === "isub") setDifferenceUpdate(a, b);
      else setSymmetricDifferenceUpdate(a, b);
      return encode(a);
    }
    case "munion":
    case "minter":
    case "mdiff":
    case "msym": {
      const i = num();
      const a = sets[num()];
      const arg = parseValue(t);
      sets[i] =
        op === "munion" ? setUnion(a, [arg]) : op === "minter" ? setIntersectionMulti(a, [arg]) : op === "mdiff" ? setDifferenceMulti(a, [arg]) : setSymmetricDifference(a, arg);
      return encode(sets[i]);
    }
    case "minterupd":
    case "mdiffupd":
    case "msymupd": {
      const a = sets[num()];
      const arg = parseValue(t);
      if (op === "minterupd") setIntersectionUpdate(a, [arg]);
      else if (op === "mdiffupd") setDifferenceUpdate(a, arg);
      else setSymmetricDifferenceUpdate(a, arg);
      return encode(a);
    }
    case "cmp": {
      const a = sets[num()];
      return flags(a, sets[num()]);
    }
    case "sub?": {
      const a = sets[num()];
      const arg = parseValue(t);
      return (setIsSubset(a, arg) ? "T" : "F") + (setIsSuperset(a, arg) ? "T" : "F") + (setIsDisjoint(a, arg) ? "T" : "F");
    }
    case "print":
      return encode(sets[num()]);
    case "fhash": {
      const f = makeSet(true, sets[num()]);
      const lo = frozensetHash(f);
      return encode(f) + " " + int64(lo, hashHigh());
    }
    default:
      throw new Error(`bad operation ${op}`);
  }
}

/** Runs a script (scripts separated by `---` lines) and returns its output lines. */
export function runScript(text: string): string[] {
  const out: string[] = [];
  let sets: PySet[] = [];
  const fresh = (): PySet[] => [makeSet(false, null), makeSet(false, null), makeSet(false, null), makeSet(false, null)];
  sets = fresh();
  for (const line of text.split("\n")) {
    if (line === "---") {
      sets = fresh();
      out.push("---");
      continue;
    }
    if (line.trim() === "") continue;
    const r = step(sets, new Tokens(line.trim().split(" ")));
    if (r !== null) out.push(r);
  }
  return out;
}

export function main(argv: string[]): number {
  const text = readFile(argv[1]);
  if (text === null) {
    console.log(`cannot read ${argv[1]}`);
    return 2;
  }
  for (const line of runScript(text)) console.log(line);
  return 0;
}
