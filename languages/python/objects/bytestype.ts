// bytes: immutable byte strings (one character per byte, 0..255, in a JS
// string): construction from ints, iterables, str with an encoding; repr;
// the common methods (decode, hex, find, split, join, strip, case methods).
import { toInt } from "rts/rlib";
import { COMPARE_NAMES } from "../code.ts";
import { stopIteration, typeError, valueError } from "./exceptions.ts";
import {
  BYTES_TYPE, KwArgs, PyByteArray, NONE, NOT_IMPLEMENTED, PyBuiltin, PyBytes, PyInstance, PyInt, PyObject, PyStaticMethod, PyStr, PyType,
  pyBool, pyInt, pyStr, newBuiltinType, OBJECT_TYPE,
} from "./model.ts";
import { callSpecial, defMethod, typeName } from "./ops.ts";
import { getItem, iterate, toIndex } from "./items.ts";
import { strRepr } from "../ast.ts";
import { wrapBuiltin } from "./lists.ts";
import { codecArgs, decodeBytes, encodeText } from "./codecs.ts";
import { bytesLike } from "./bytesmethods.ts";
import "./bytearray.ts";
import { percentFormat } from "./format.ts";
import "./intbytes.ts";

export function asBytes(o: PyObject): PyBytes {
  if (o instanceof PyBytes) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyBytes) return o.builtin;
  throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(o)}'`);
}


/**
 * The bytes bytes(...) and bytearray(...) make of their arguments
 * (args[1...]: source, encoding, errors, or as keywords): a str encoded,
 * a bytes-like object's bytes, __bytes__, an int's count of zeros, an
 * iterable of ints 0..255.
 */
export function bytesFromArgs(what: string, args: PyObject[], kw: KwArgs | null): string {
  let src: PyObject | null = args.length > 1 ? args[1] : null;
  let encoding: PyObject | null = args.length > 2 ? args[2] : null;
  let errors: PyObject | null = args.length > 3 ? args[3] : null;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "source") src = kw.values[i];
    else if (n === "encoding") encoding = kw.values[i];
    else if (n === "errors") errors = kw.values[i];
    else throw typeError(`'${n}' is an invalid keyword argument for ${what}()`);
  });
  if (src === null) {
    if (encoding !== null || errors !== null) throw typeError(`encoding or errors without sequence argument`);
    return "";
  }
  if (src instanceof PyStr) {
    if (!(encoding instanceof PyStr)) throw typeError("string argument without an encoding");
    return encodeText(src.value, encoding.value, errors instanceof PyStr ? errors.value : "strict");
  }
  if (encoding !== null) throw typeError("encoding without a string argument");
  const like = bytesLike(src);
  if (like !== null) return like;
  if (src.getType().lookup("__bytes__") !== null) {
    const b = callSpecial(src, "__bytes__", [])!;
    if (!(b instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(b)})`);
    return b.value;
  }
  if (src instanceof PyInt || src.getType().lookup("__index__") !== null) {
    // an int (or what has __index__): that many zero bytes
    const n = toIndex(src);
    if (n < 0) throw valueError("negative count");
    return "\0".repeat(n);
  }
  let v = "";
  for (const x of iterate(src)) {
    const n = toIndex(x);
    if (n < 0 || n > 255) throw valueError("bytes must be in range(0, 256)");
    v += String.fromCharCode(n);
  }
  return v;
}

BYTES_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  return wrapBuiltin(args[0] as PyType, BYTES_TYPE, new PyBytes(bytesFromArgs("bytes", args, kw)));
}, null, null)));

defMethod(BYTES_TYPE, "__repr__", (args) => pyStr(strRepr(asBytes(args[0]).value, true)));
defMethod(BYTES_TYPE, "__str__", (args) => pyStr(strRepr(asBytes(args[0]).value, true)));
defMethod(BYTES_TYPE, "__len__", (args) => pyInt(asBytes(args[0]).value.length));
// the iterators over a bytes' or a bytearray's ints (a bytearray's read its length at each step: it may change)
const BYTES_ITERATOR_TYPE = newBuiltinType("bytes_iterator", [OBJECT_TYPE]);
const BYTEARRAY_ITERATOR_TYPE = newBuiltinType("bytearray_iterator", [OBJECT_TYPE]);
export class PyByteIterator extends PyObject {
  index = 0;
  /** One of the two: the bytes, or the bytearray. */
  constructor(
    readonly bytes: string,
    readonly array: PyByteArray | null,
  ) {
    super();
  }
  getType(): PyType {
    return this.array !== null ? BYTEARRAY_ITERATOR_TYPE : BYTES_ITERATOR_TYPE;
  }
}
for (const t of [BYTES_ITERATOR_TYPE, BYTEARRAY_ITERATOR_TYPE]) {
  t.instantiable = false;
  defMethod(t, "__iter__", (args) => args[0]);
  defMethod(t, "__next__", (args) => {
    const it = args[0] as PyByteIterator;
    const a = it.array;
    if (it.index >= (a !== null ? a.items.length : it.bytes.length)) throw stopIteration(NONE);
    const i = it.index++;
    return pyInt(a !== null ? a.items[i] : toInt(it.bytes.charCodeAt(i)));
  });
}
defMethod(BYTES_TYPE, "__iter__", (args) => new PyByteIterator(asBytes(args[0]).value, null));
defMethod(BYTES_TYPE, "__getitem__", (args) => getItem(asBytes(args[0]), args[1]));
defMethod(BYTES_TYPE, "__add__", (args) => {
  const b = bytesLike(args[1]);
  if (b === null) throw typeError(`can't concat ${typeName(args[1])} to bytes`);
  return new PyBytes(asBytes(args[0]).value + b);
});
defMethod(BYTES_TYPE, "__mul__", (args) => {
  if (!(args[1] instanceof PyInt)) return NOT_IMPLEMENTED;
  return new PyBytes(asBytes(args[0]).value.repeat(Math.max(0, args[1].value)));
});
defMethod(BYTES_TYPE, "__rmul__", (args) => {
  if (!(args[1] instanceof PyInt)) return NOT_IMPLEMENTED;
  return new PyBytes(asBytes(args[0]).value.repeat(Math.max(0, args[1].value)));
});
/** The comparisons of bytes and bytearray (with any bytes-like object). */
export function bytesCompare(args: PyObject[], _kw: KwArgs | null, op: number): PyObject {
  const b = bytesLike(args[1]);
  if (b === null) return op === 2 ? pyBool(false) : op === 3 ? pyBool(true) : NOT_IMPLEMENTED;
  const a = bytesLike(args[0])!;
  const c = a < b ? -1 : a === b ? 0 : 1;
  return pyBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
}
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(BYTES_TYPE, COMPARE_NAMES[op], bytesCompare, op);
defMethod(BYTES_TYPE, "__mod__", (args) => new PyBytes(percentFormat(asBytes(args[0]).value, args[1], true)));
defMethod(BYTES_TYPE, "__rmod__", () => NOT_IMPLEMENTED);
defMethod(BYTES_TYPE, "decode", (args, kw) => {
  const { encoding, errors } = codecArgs(args, 1, kw === null ? [] : kw.names, kw === null ? [] : kw.values);
  return pyStr(decodeBytes(asBytes(args[0]).value, encoding, errors));
});
