// bytes: immutable byte strings (one character per byte, 0..255, in a JS
// string): construction from ints, iterables, str with an encoding; repr;
// the common methods (decode, hex, find, split, join, strip, case methods).
import { toInt } from "rts/rlib";
import { COMPARE_NAMES } from "../code.ts";
import { stopIteration, typeError, valueError } from "./exceptions.ts";
import {
  BYTES_TYPE, KwArgs, NONE, NOT_IMPLEMENTED, PyBuiltin, PyBytes, PyInstance, PyInt, PyList, PyObject, PyStaticMethod, PyStr, PyType,
  pyBool, pyInt, pyStr, newBuiltinType, OBJECT_TYPE,
} from "./model.ts";
import { defMethod, typeName } from "./ops.ts";
import { getItem, iterate, toIndex } from "./items.ts";
import { strRepr } from "../ast.ts";
import { wrapBuiltin } from "./lists.ts";
import { decodeUtf8, encodeUtf8 } from "./utf8.ts";

export function asBytes(o: PyObject): PyBytes {
  if (o instanceof PyBytes) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyBytes) return o.builtin;
  throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(o)}'`);
}

function bytesArg(o: PyObject): string {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyInstance && o.builtin instanceof PyBytes) return o.builtin.value;
  throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
}

function encode(s: string, encoding: string): string {
  const e = encoding.toLowerCase().replace(/[-_]/g, "");
  if (e === "utf8") return encodeUtf8(s);
  if (e === "ascii" || e === "latin1" || e === "iso88591") {
    const limit = e === "ascii" ? 128 : 256;
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= limit) throw valueError(`'${e === "ascii" ? "ascii" : "latin-1"}' codec can't encode character '\\x${c.toString(16)}' in position ${i}: ordinal not in range(${limit})`);
      out += s.charAt(i);
    }
    return out;
  }
  throw valueError(`unknown encoding: ${encoding}`);
}

BYTES_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  let src: PyObject | null = args.length > 1 ? args[1] : null;
  let encoding: PyObject | null = args.length > 2 ? args[2] : null;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "source") src = kw.values[i];
    else if (n === "encoding") encoding = kw.values[i];
  });
  let v = "";
  if (src === null) v = "";
  else if (src instanceof PyStr) {
    if (!(encoding instanceof PyStr)) throw typeError("string argument without an encoding");
    v = encode(src.value, encoding.value);
  } else if (src instanceof PyInt) {
    if (src.value < 0) throw valueError("negative count");
    v = "\0".repeat(src.value);
  } else if (src instanceof PyBytes) v = src.value;
  else {
    for (const x of iterate(src)) {
      const n = toIndex(x);
      if (n < 0 || n > 255) throw valueError("bytes must be in range(0, 256)");
      v += String.fromCharCode(n);
    }
  }
  return wrapBuiltin(args[0] as PyType, BYTES_TYPE, new PyBytes(v));
}, null, null)));

defMethod(BYTES_TYPE, "__repr__", (args) => pyStr(strRepr(asBytes(args[0]).value, true)));
defMethod(BYTES_TYPE, "__str__", (args) => pyStr(strRepr(asBytes(args[0]).value, true)));
defMethod(BYTES_TYPE, "__len__", (args) => pyInt(asBytes(args[0]).value.length));
// the iterator over a bytes object's ints
const BYTES_ITERATOR_TYPE = newBuiltinType("bytes_iterator", [OBJECT_TYPE]);
BYTES_ITERATOR_TYPE.instantiable = false;
class PyBytesIterator extends PyObject {
  index = 0;
  constructor(readonly s: string) {
    super();
  }
  getType(): PyType {
    return BYTES_ITERATOR_TYPE;
  }
}
defMethod(BYTES_ITERATOR_TYPE, "__iter__", (args) => args[0]);
defMethod(BYTES_ITERATOR_TYPE, "__next__", (args) => {
  const it = args[0] as PyBytesIterator;
  if (it.index >= it.s.length) throw stopIteration(NONE);
  return pyInt(toInt(it.s.charCodeAt(it.index++)));
});
defMethod(BYTES_TYPE, "__iter__", (args) => new PyBytesIterator(asBytes(args[0]).value));
defMethod(BYTES_TYPE, "__getitem__", (args) => getItem(asBytes(args[0]), args[1]));
defMethod(BYTES_TYPE, "__contains__", (args) => {
  const s = asBytes(args[0]).value;
  const x = args[1];
  if (x instanceof PyInt) return pyBool(s.includes(String.fromCharCode(x.value)));
  return pyBool(s.includes(bytesArg(x)));
});
defMethod(BYTES_TYPE, "__add__", (args) => {
  if (!(args[1] instanceof PyBytes)) throw typeError(`can't concat ${typeName(args[1])} to bytes`);
  return new PyBytes(asBytes(args[0]).value + args[1].value);
});
defMethod(BYTES_TYPE, "__mul__", (args) => {
  if (!(args[1] instanceof PyInt)) return NOT_IMPLEMENTED;
  return new PyBytes(asBytes(args[0]).value.repeat(Math.max(0, args[1].value)));
});
function bytesCompare(args: PyObject[], _kw: KwArgs | null, op: number): PyObject {
  const b = args[1];
  if (!(b instanceof PyBytes)) return op === 2 ? pyBool(false) : op === 3 ? pyBool(true) : NOT_IMPLEMENTED;
  const a = asBytes(args[0]).value;
  const c = a < b.value ? -1 : a === b.value ? 0 : 1;
  return pyBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
}
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(BYTES_TYPE, COMPARE_NAMES[op], bytesCompare, op);
defMethod(BYTES_TYPE, "decode", (args, kw) => {
  let encoding = "utf-8";
  if (args.length > 1 && args[1] instanceof PyStr) encoding = args[1].value;
  if (kw !== null) kw.names.forEach((n, i) => {
    const v = kw.values[i];
    if (n === "encoding" && v instanceof PyStr) encoding = v.value;
  });
  const e = encoding.toLowerCase().replace(/[-_]/g, "");
  const s = asBytes(args[0]).value;
  if (e === "utf8") return pyStr(decodeUtf8(s));
  if (e === "ascii" || e === "latin1" || e === "iso88591") return pyStr(s);
  throw valueError(`unknown encoding: ${encoding}`);
});
defMethod(BYTES_TYPE, "hex", (args) => {
  let out = "";
  const s = asBytes(args[0]).value;
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(2, "0");
  return pyStr(out);
});
defMethod(BYTES_TYPE, "upper", (args) => new PyBytes(asBytes(args[0]).value.toUpperCase()));
defMethod(BYTES_TYPE, "lower", (args) => new PyBytes(asBytes(args[0]).value.toLowerCase()));
defMethod(BYTES_TYPE, "strip", (args) => new PyBytes(asBytes(args[0]).value.trim()));
defMethod(BYTES_TYPE, "startswith", (args) => pyBool(asBytes(args[0]).value.startsWith(bytesArg(args[1]))));
defMethod(BYTES_TYPE, "endswith", (args) => pyBool(asBytes(args[0]).value.endsWith(bytesArg(args[1]))));
defMethod(BYTES_TYPE, "find", (args) => {
  const s = asBytes(args[0]).value;
  const sub = args[1] instanceof PyInt ? String.fromCharCode(args[1].value) : bytesArg(args[1]);
  const bound = (i: number, d: number): number => {
    if (args.length <= i || args[i] === NONE) return d;
    const v = toIndex(args[i]);
    return v < 0 ? Math.max(0, v + s.length) : Math.min(v, s.length);
  };
  const start = bound(2, 0);
  const end = bound(3, s.length);
  const at = s.indexOf(sub, start);
  return pyInt(at >= 0 && at + sub.length <= end ? at : -1);
});
defMethod(BYTES_TYPE, "count", (args) => {
  const s = asBytes(args[0]).value;
  const sub = bytesArg(args[1]);
  if (sub === "") return pyInt(s.length + 1);
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return pyInt(n);
});
defMethod(BYTES_TYPE, "replace", (args) => new PyBytes(asBytes(args[0]).value.split(bytesArg(args[1])).join(bytesArg(args[2]))));
defMethod(BYTES_TYPE, "split", (args) => {
  const s = asBytes(args[0]).value;
  const parts = args.length > 1 && args[1] !== NONE ? s.split(bytesArg(args[1])) : splitWhite(s);
  return new PyList(parts.map((p) => new PyBytes(p)));
});
defMethod(BYTES_TYPE, "join", (args) => new PyBytes(iterate(args[1]).map(bytesArg).join(asBytes(args[0]).value)));
BYTES_TYPE.dict.set("fromhex", new PyStaticMethod(new PyBuiltin("fromhex", (args) => {
  const s = (args[0] as PyStr).value.split(" ").join("");
  let out = "";
  for (let i = 0; i + 1 < s.length; i += 2) out += String.fromCharCode(hexDigit(s.charAt(i)) * 16 + hexDigit(s.charAt(i + 1)));
  return new PyBytes(out);
}, null, null)));


function hexDigit(c: string): number {
  const i = "0123456789abcdef".indexOf(c.toLowerCase());
  if (i < 0) throw valueError("non-hexadecimal number found in fromhex() arg");
  return i;
}

function splitWhite(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\x0b" || c === "\x0c") {
      if (cur !== "") out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur !== "") out.push(cur);
  return out;
}
