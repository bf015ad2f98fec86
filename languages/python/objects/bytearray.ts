// bytearray: a mutable sequence of bytes (PyByteArray's items, ints
// 0..255). Construction as bytes', repr, indexing and slices (read,
// assigned, deleted), the list-like mutators, + and *, comparisons with
// any bytes-like object; the methods it shares with bytes are in
// bytesmethods.ts (their results are bytearrays for a bytearray).
import { COMPARE_NAMES } from "../code.ts";
import { IndexError, pyError, typeError, valueError } from "./exceptions.ts";
import {
  BYTEARRAY_TYPE, NONE, NOT_IMPLEMENTED, PyBuiltin, PyByteArray, PyInstance, PyInt, PyObject, PySlice, PyStaticMethod, PyType,
  pyInt, pyStr,
} from "./model.ts";
import { defMethod, typeName } from "./ops.ts";
import { indexValue, iterate, sliceIndices, toIndex } from "./items.ts";
import { strRepr } from "../ast.ts";
import { wrapBuiltin } from "./lists.ts";
import { PyByteIterator, bytesCompare, bytesFromArgs } from "./bytestype.ts";
import { byteArrayOf, bytesLike, byteString } from "./bytesmethods.ts";
import { codecArgs, decodeBytes } from "./codecs.ts";

function self(o: PyObject): PyByteArray {
  if (o instanceof PyByteArray) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyByteArray) return o.builtin;
  throw typeError(`descriptor requires a 'bytearray' object but received a '${typeName(o)}'`);
}

/** An int 0..255 for one byte. */
function byteValue(o: PyObject): number {
  const n = toIndex(o);
  if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
  return n;
}

/** The bytes of what is assigned to a slice or extends: bytes-like, or an iterable of ints. */
function itemsOf(o: PyObject): number[] {
  const b = bytesLike(o);
  if (b !== null) return byteArrayOf(b).items;
  if (o instanceof PyInt) throw typeError(`can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
  return iterate(o).map(byteValue);
}

BYTEARRAY_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => wrapBuiltin(args[0] as PyType, BYTEARRAY_TYPE, new PyByteArray([])), null, null)));
defMethod(BYTEARRAY_TYPE, "__init__", (args, kw) => {
  self(args[0]).items = byteArrayOf(bytesFromArgs("bytearray", args, kw)).items;
  return NONE;
});
BYTEARRAY_TYPE.dict.set("__hash__", NONE);
defMethod(BYTEARRAY_TYPE, "__repr__", (args) => {
  const o = args[0];
  const name = o instanceof PyInstance ? o.cls.name : "bytearray";
  return pyStr(`${name}(${strRepr(byteString(self(o).items), true)})`);
});
defMethod(BYTEARRAY_TYPE, "__str__", (args) => pyStr(`bytearray(${strRepr(byteString(self(args[0]).items), true)})`));
defMethod(BYTEARRAY_TYPE, "__len__", (args) => pyInt(self(args[0]).items.length));
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(BYTEARRAY_TYPE, COMPARE_NAMES[op], bytesCompare, op);

// ---- items ----------------------------------------------------------------------------------------------

defMethod(BYTEARRAY_TYPE, "__getitem__", (args) => {
  const items = self(args[0]).items;
  const key = args[1];
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, items.length);
    const out: number[] = [];
    for (let k = 0, i = start; k < count; k++, i += step) out.push(items[i]);
    return new PyByteArray(out);
  }
  let i = indexValue(key, "bytearray");
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw pyError(IndexError, "bytearray index out of range");
  return pyInt(items[i]);
});
defMethod(BYTEARRAY_TYPE, "__setitem__", (args) => {
  const b = self(args[0]);
  const key = args[1];
  if (key instanceof PySlice) {
    const values = itemsOf(args[2]);
    const [start, stop, step, count] = sliceIndices(key, b.items.length);
    if (step === 1) {
      const end = Math.max(start, stop);
      b.items = b.items.slice(0, start).concat(values, b.items.slice(end));
      return NONE;
    }
    if (values.length !== count) throw valueError(`attempt to assign bytes of size ${values.length} to extended slice of size ${count}`);
    for (let k = 0, i = start; k < count; k++, i += step) b.items[i] = values[k];
    return NONE;
  }
  let i = indexValue(key, "bytearray");
  if (i < 0) i += b.items.length;
  if (i < 0 || i >= b.items.length) throw pyError(IndexError, "bytearray index out of range");
  b.items[i] = byteValue(args[2]);
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "__delitem__", (args) => {
  const b = self(args[0]);
  const key = args[1];
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, b.items.length);
    if (step === 1) {
      if (stop > start) b.items.splice(start, stop - start);
      return NONE;
    }
    const drop = new Set<number>();
    for (let k = 0, i = start; k < count; k++, i += step) drop.add(i);
    b.items = b.items.filter((_, i) => !drop.has(i));
    return NONE;
  }
  let i = indexValue(key, "bytearray");
  if (i < 0) i += b.items.length;
  if (i < 0 || i >= b.items.length) throw pyError(IndexError, "bytearray index out of range");
  b.items.splice(i, 1);
  return NONE;
});

defMethod(BYTEARRAY_TYPE, "__iter__", (args) => new PyByteIterator("", self(args[0])));

// ---- mutators -------------------------------------------------------------------------------------------

defMethod(BYTEARRAY_TYPE, "append", (args) => {
  self(args[0]).items.push(byteValue(args[1]));
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "extend", (args) => {
  const b = self(args[0]);
  const values = itemsOf(args[1]);
  for (const v of values) b.items.push(v);
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "insert", (args) => {
  const b = self(args[0]);
  let i = toIndex(args[1]);
  const n = b.items.length;
  if (i < 0) i = Math.max(0, i + n);
  b.items.splice(Math.min(i, n), 0, byteValue(args[2]));
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "pop", (args) => {
  const b = self(args[0]);
  if (b.items.length === 0) throw pyError(IndexError, "pop from empty bytearray");
  let i = args.length > 1 ? toIndex(args[1]) : -1;
  if (i < 0) i += b.items.length;
  if (i < 0 || i >= b.items.length) throw pyError(IndexError, "pop index out of range");
  return pyInt(b.items.splice(i, 1)[0]);
});
defMethod(BYTEARRAY_TYPE, "remove", (args) => {
  const b = self(args[0]);
  const i = b.items.indexOf(byteValue(args[1]));
  if (i < 0) throw valueError("value not found in bytearray");
  b.items.splice(i, 1);
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "clear", (args) => {
  self(args[0]).items = [];
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "reverse", (args) => {
  self(args[0]).items.reverse();
  return NONE;
});
defMethod(BYTEARRAY_TYPE, "copy", (args) => new PyByteArray(self(args[0]).items.slice()));
defMethod(BYTEARRAY_TYPE, "decode", (args, kw) => {
  const { encoding, errors } = codecArgs(args, 1, kw === null ? [] : kw.names, kw === null ? [] : kw.values);
  return pyStr(decodeBytes(byteString(self(args[0]).items), encoding, errors));
});

// ---- + and * ----------------------------------------------------------------------------------------------

defMethod(BYTEARRAY_TYPE, "__add__", (args) => {
  const b = bytesLike(args[1]);
  if (b === null) throw typeError(`can't concat ${typeName(args[1])} to bytearray`);
  return new PyByteArray(self(args[0]).items.concat(byteArrayOf(b).items));
});
defMethod(BYTEARRAY_TYPE, "__iadd__", (args) => {
  const b = bytesLike(args[1]);
  if (b === null) throw typeError(`can't concat ${typeName(args[1])} to bytearray`);
  const me = self(args[0]);
  for (const v of byteArrayOf(b).items) me.items.push(v);
  return args[0];
});
function repeated(items: number[], n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) for (const v of items) out.push(v);
  return out;
}
defMethod(BYTEARRAY_TYPE, "__mul__", (args) => {
  if (!(args[1] instanceof PyInt)) return NOT_IMPLEMENTED;
  return new PyByteArray(repeated(self(args[0]).items, args[1].value));
});
defMethod(BYTEARRAY_TYPE, "__rmul__", (args) => {
  if (!(args[1] instanceof PyInt)) return NOT_IMPLEMENTED;
  return new PyByteArray(repeated(self(args[0]).items, args[1].value));
});
defMethod(BYTEARRAY_TYPE, "__imul__", (args) => {
  if (!(args[1] instanceof PyInt)) return NOT_IMPLEMENTED;
  const me = self(args[0]);
  me.items = repeated(me.items, args[1].value);
  return args[0];
});
