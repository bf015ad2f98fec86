// The methods bytes has in common with str, with bytes' semantics: ASCII
// for case and classes, ASCII whitespace, byte (int) or bytes-like
// arguments, and CPython's messages.  A byte string is a JS string of
// characters 0..255 (PyBytes.value); results are new bytes objects.
import { typeError, valueError } from "./exceptions.ts";
import { toInt } from "rts/rlib";
import {
  BYTEARRAY_TYPE, BYTES_TYPE, KwArgs, PyByteArray, NONE, PyBuiltin, PyBytes, PyInstance, PyInt, PyList, PyObject, PyStaticMethod, PyStr, PyTuple, pyBool, pyInt, pyStr, pyTuple,
} from "./model.ts";
import { defMethod, truthy, typeName } from "./ops.ts";
import { iterate, toIndex } from "./items.ts";
import { replaceText, span } from "./strs.ts";

/** The bytes of a bytes-like object (bytes, bytearray, their subclasses' instances), or null. */
export function bytesLike(o: PyObject): string | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyByteArray) return byteString(o.items);
  if (o instanceof PyInstance && o.builtin !== null) return bytesLike(o.builtin);
  return null;
}

/** The byte string (characters 0..255) of a bytearray's items. */
export function byteString(items: number[]): string {
  let out = "";
  for (let i = 0; i < items.length; i++) out += String.fromCharCode(items[i]);
  return out;
}

/** A new bytearray of a byte string's bytes. */
export function byteArrayOf(s: string): PyByteArray {
  const items: number[] = [];
  for (let i = 0; i < s.length; i++) items.push(toInt(s.charCodeAt(i)));
  return new PyByteArray(items);
}

function isByteArray(o: PyObject): boolean {
  return o instanceof PyByteArray || (o instanceof PyInstance && o.builtin instanceof PyByteArray);
}

/** A method of both bytes and bytearray. */
function defBoth(name: string, fn: (args: PyObject[], kw: KwArgs | null, data: number) => PyObject, data = 0): void {
  defMethod(BYTES_TYPE, name, fn, data);
  defMethod(BYTEARRAY_TYPE, name, fn, data);
}

/** A bytes-like argument; otherwise CPython's TypeError. */
export function bytesArg(o: PyObject): string {
  const b = bytesLike(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return b;
}

function self(o: PyObject): string {
  const b = bytesLike(o);
  if (b === null) throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(o)}'`);
  return b;
}

/** A subsequence argument of find/count/index: bytes-like, or an int 0..255 (one byte). */
function subArg(o: PyObject): string {
  if (o instanceof PyInt) {
    if (o.value < 0 || o.value > 255) throw valueError("byte must be in range(0, 256)");
    return String.fromCharCode(o.value);
  }
  const b = bytesLike(o);
  if (b === null) throw typeError(`argument should be integer or bytes-like object, not '${typeName(o)}'`);
  return b;
}

const SPACE = " \t\n\r\x0b\x0c";
function isSpace(c: string): boolean {
  return c !== "" && SPACE.includes(c);
}
function isLower(c: string): boolean {
  return c >= "a" && c <= "z";
}
function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z";
}
function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
function upper(c: string): string {
  return isLower(c) ? String.fromCharCode(c.charCodeAt(0) - 32) : c;
}
function lower(c: string): string {
  return isUpper(c) ? String.fromCharCode(c.charCodeAt(0) + 32) : c;
}
function mapBytes(s: string, f: (c: string) => string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += f(s.charAt(i));
  return out;
}

/** A result of the receiver's type: bytes, or a bytearray for a bytearray's methods. */
function like(receiver: PyObject, v: string): PyObject {
  return isByteArray(receiver) ? byteArrayOf(v) : new PyBytes(v);
}
const EMPTY_BYTES = new PyBytes("");

// ---- searching --------------------------------------------------------------------------------------------

/** find (data 0), rfind (1), index (2), rindex (3). */
function find(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  const sub = subArg(args[1]);
  const r = span(s.length, args, 2);
  let at = -1;
  if (!r.empty && r.end - r.start >= sub.length) {
    if ((data & 1) === 0) {
      const j = s.indexOf(sub, r.start);
      at = j >= 0 && j + sub.length <= r.end ? j : -1;
    } else {
      const j = s.lastIndexOf(sub, r.end - sub.length);
      at = j >= r.start ? j : -1;
    }
  }
  if (at < 0 && (data & 2) !== 0) throw valueError("subsection not found");
  return pyInt(at);
}
defBoth("find", find, 0);
defBoth("rfind", find, 1);
defBoth("index", find, 2);
defBoth("rindex", find, 3);
defBoth("count", (args) => {
  const s = self(args[0]);
  const sub = subArg(args[1]);
  const r = span(s.length, args, 2);
  if (r.empty) return pyInt(0);
  const text = s.slice(r.start, r.end);
  if (sub === "") return pyInt(text.length + 1);
  let n = 0;
  for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length)) n++;
  return pyInt(n);
});
/** startswith (data 1), endswith (0). */
function affix(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  const name = data === 1 ? "startswith" : "endswith";
  const r = span(s.length, args, 2);
  const text = s.slice(r.start, r.end);
  const test = (p: string): boolean => !r.empty && (data === 1 ? text.startsWith(p) : text.endsWith(p));
  const x = args[1];
  if (x instanceof PyTuple) {
    return pyBool(x.items.some((p) => {
      const b = bytesLike(p);
      if (b === null) throw typeError(`a bytes-like object is required, not '${typeName(p)}'`);
      return test(b);
    }));
  }
  const b = bytesLike(x);
  if (b === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
  return pyBool(test(b));
}
defBoth("startswith", affix, 1);
defBoth("endswith", affix, 0);
defBoth("__contains__", (args) => {
  const x = args[1];
  if (!(x instanceof PyInt) && bytesLike(x) === null) throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
  return pyBool(self(args[0]).includes(subArg(x)));
});

// ---- splitting and joining --------------------------------------------------------------------------------

function splitArgs(args: PyObject[], kw: KwArgs | null): { sep: string | null; max: number } {
  let sep: PyObject = args.length > 1 ? args[1] : NONE;
  let max: PyObject = args.length > 2 ? args[2] : pyInt(-1);
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "sep") sep = kw.values[i];
    else if (n === "maxsplit") max = kw.values[i];
    else throw typeError(`'${n}' is an invalid keyword argument for split()`);
  });
  const s = sep === NONE ? null : bytesArg(sep);
  if (s === "") throw valueError("empty separator");
  return { sep: s, max: toIndex(max) };
}

/** split (data 0) and rsplit (1): on sep, or on runs of ASCII whitespace. */
function split(args: PyObject[], kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  const { sep, max } = splitArgs(args, kw);
  const out: string[] = [];
  if (sep !== null) {
    if (data === 0) {
      let i = 0;
      for (let j = s.indexOf(sep); j >= 0 && (max < 0 || out.length < max); j = s.indexOf(sep, i)) {
        out.push(s.slice(i, j));
        i = j + sep.length;
      }
      out.push(s.slice(i));
    } else {
      let end = s.length;
      for (let j = s.lastIndexOf(sep, end - sep.length); j >= 0 && (max < 0 || out.length < max); j = end - sep.length >= 0 ? s.lastIndexOf(sep, end - sep.length) : -1) {
        out.push(s.slice(j + sep.length, end));
        end = j;
      }
      out.push(s.slice(0, end));
      out.reverse();
    }
  } else if (data === 0) {
    let i = 0;
    for (;;) {
      while (i < s.length && isSpace(s.charAt(i))) i++;
      if (i >= s.length) break;
      if (max >= 0 && out.length === max) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < s.length && !isSpace(s.charAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    }
  } else {
    let i = s.length;
    for (;;) {
      while (i > 0 && isSpace(s.charAt(i - 1))) i--;
      if (i <= 0) break;
      if (max >= 0 && out.length === max) {
        out.push(s.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !isSpace(s.charAt(j - 1))) j--;
      out.push(s.slice(j, i));
      i = j;
    }
    out.reverse();
  }
  return new PyList(out.map((x) => like(args[0], x)));
}
defBoth("split", split, 0);
defBoth("rsplit", split, 1);
defBoth("splitlines", (args, kw) => {
  const s = self(args[0]);
  let keep: PyObject = args.length > 1 ? args[1] : NONE;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "keepends") keep = kw.values[i];
  });
  const keepends = keep !== NONE && truthy(keep);
  const out: PyObject[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === "\n" || c === "\r") {
      const eol = c === "\r" && s.charAt(i + 1) === "\n" ? 2 : 1;
      out.push(like(args[0], s.slice(start, keepends ? i + eol : i)));
      i += eol;
      start = i;
    } else i++;
  }
  if (start < s.length) out.push(like(args[0], s.slice(start)));
  return new PyList(out);
});
defBoth("join", (args) => {
  const parts = iterate(args[1]).map((x, i) => {
    const b = bytesLike(x);
    if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
    return b;
  });
  return like(args[0], parts.join(self(args[0])));
});
/** partition (data 0), rpartition (1). */
function partition(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  const sep = bytesArg(args[1]);
  if (sep === "") throw valueError("empty separator");
  const i = data === 0 ? s.indexOf(sep) : s.lastIndexOf(sep);
  if (i < 0) return pyTuple(data === 0 ? [like(args[0], s), like(args[0], ""), like(args[0], "")] : [like(args[0], ""), like(args[0], ""), like(args[0], s)]);
  return pyTuple([like(args[0], s.slice(0, i)), like(args[0], sep), like(args[0], s.slice(i + sep.length))]);
}
defBoth("partition", partition, 0);
defBoth("rpartition", partition, 1);

// ---- transforming -------------------------------------------------------------------------------------------

/** strip (data 3), lstrip (1), rstrip (2): ASCII whitespace, or the bytes of the argument. */
function strip(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  const chars = args.length > 1 && args[1] !== NONE ? bytesArg(args[1]) : null;
  const drop = (c: string): boolean => (chars === null ? isSpace(c) : chars.includes(c));
  let a = 0;
  let b = s.length;
  if ((data & 1) !== 0) while (a < b && drop(s.charAt(a))) a++;
  if ((data & 2) !== 0) while (b > a && drop(s.charAt(b - 1))) b--;
  return like(args[0], s.slice(a, b));
}
defBoth("strip", strip, 3);
defBoth("lstrip", strip, 1);
defBoth("rstrip", strip, 2);
defBoth("replace", (args) => {
  const s = self(args[0]);
  return like(args[0], replaceText(s, s.split(""), bytesArg(args[1]), bytesArg(args[2]), args.length > 3 ? toIndex(args[3]) : -1));
});
defBoth("upper", (args) => like(args[0], mapBytes(self(args[0]), upper)));
defBoth("lower", (args) => like(args[0], mapBytes(self(args[0]), lower)));
defBoth("swapcase", (args) => like(args[0], mapBytes(self(args[0]), (c) => (isUpper(c) ? lower(c) : upper(c)))));
defBoth("capitalize", (args) => {
  const s = self(args[0]);
  return like(args[0], upper(s.charAt(0)) + mapBytes(s.slice(1), lower));
});
defBoth("title", (args) => {
  const s = self(args[0]);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    out += prevCased ? lower(c) : upper(c);
    prevCased = isUpper(c) || isLower(c);
  }
  return like(args[0], out);
});
defBoth("removeprefix", (args) => {
  const s = self(args[0]);
  const p = bytesArg(args[1]);
  return like(args[0], p !== "" && s.startsWith(p) ? s.slice(p.length) : s);
});
defBoth("removesuffix", (args) => {
  const s = self(args[0]);
  const p = bytesArg(args[1]);
  return like(args[0], p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
});
defBoth("expandtabs", (args, kw) => {
  const s = self(args[0]);
  let size: PyObject = args.length > 1 ? args[1] : pyInt(8);
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "tabsize") size = kw.values[i];
  });
  const tab = toIndex(size);
  let out = "";
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\t") {
      if (tab > 0) {
        const n = tab - (col % tab);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return like(args[0], out);
});

/** center (data 0), ljust (1), rjust (2): padded with a fill byte to width. */
function justify(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  const width = toIndex(args[1]);
  let fill = " ";
  if (args.length > 2) {
    const f = bytesLike(args[2]);
    if (f === null || f.length !== 1) {
      throw typeError(`${["center", "ljust", "rjust"][data]}() argument 2 must be a byte string of length 1, not ${typeName(args[2])}`);
    }
    fill = f;
  }
  const n = width - s.length;
  if (n <= 0) return like(args[0], s);
  if (data === 1) return like(args[0], s + fill.repeat(n));
  if (data === 2) return like(args[0], fill.repeat(n) + s);
  // (CPython's centering: the extra byte goes left when the width is odd and the text even)
  const left = Math.floor(n / 2) + (n & width & 1);
  return like(args[0], fill.repeat(left) + s + fill.repeat(n - left));
}
defBoth("center", justify, 0);
defBoth("ljust", justify, 1);
defBoth("rjust", justify, 2);
defBoth("zfill", (args) => {
  const s = self(args[0]);
  const n = toIndex(args[1]) - s.length;
  if (n <= 0) return like(args[0], s);
  const signed = s.charAt(0) === "+" || s.charAt(0) === "-";
  return like(args[0], signed ? s.charAt(0) + "0".repeat(n) + s.slice(1) : "0".repeat(n) + s);
});
defBoth("translate", (args, kw) => {
  const s = self(args[0]);
  let table: PyObject = args.length > 1 ? args[1] : NONE;
  let del: PyObject = args.length > 2 ? args[2] : EMPTY_BYTES;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "delete") del = kw.values[i];
  });
  const t = table === NONE ? null : bytesArg(table);
  if (t !== null && t.length !== 256) throw valueError("translation table must be 256 characters long");
  const d = bytesArg(del);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (d.includes(c)) continue;
    out += t === null ? c : t.charAt(c.charCodeAt(0));
  }
  return like(args[0], out);
});
const MAKETRANS = new PyStaticMethod(new PyBuiltin("maketrans", (args) => {
  const from = bytesArg(args[0]);
  const to = bytesArg(args[1]);
  if (from.length !== to.length) throw valueError("maketrans arguments must have same length");
  let t = "";
  for (let i = 0; i < 256; i++) t += String.fromCharCode(i);
  for (let i = 0; i < from.length; i++) {
    const k = from.charCodeAt(i);
    t = t.slice(0, k) + to.charAt(i) + t.slice(k + 1);
  }
  return new PyBytes(t);
}, null, null));
BYTES_TYPE.dict.set("maketrans", MAKETRANS);
BYTEARRAY_TYPE.dict.set("maketrans", MAKETRANS);

// ---- classes ---------------------------------------------------------------------------------------------------

/** The is* predicates: every byte in the class (and at least one). */
function every(s: string, f: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!f(s.charAt(i))) return false;
  return true;
}
defBoth("isalpha", (args) => pyBool(every(self(args[0]), (c) => isUpper(c) || isLower(c))));
defBoth("isdigit", (args) => pyBool(every(self(args[0]), isDigit)));
defBoth("isalnum", (args) => pyBool(every(self(args[0]), (c) => isUpper(c) || isLower(c) || isDigit(c))));
defBoth("isspace", (args) => pyBool(every(self(args[0]), isSpace)));
defBoth("isascii", (args) => pyBool(self(args[0]).length === 0 || every(self(args[0]), (c) => c.charCodeAt(0) < 128)));
/** isupper (data 1), islower (0): some cased byte, none of the other case. */
function cased(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const s = self(args[0]);
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (data === 1 ? isLower(c) : isUpper(c)) return pyBool(false);
    if (data === 1 ? isUpper(c) : isLower(c)) any = true;
  }
  return pyBool(any);
}
defBoth("isupper", cased, 1);
defBoth("islower", cased, 0);
defBoth("istitle", (args) => {
  const s = self(args[0]);
  let any = false;
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (isUpper(c)) {
      if (prevCased) return pyBool(false);
      prevCased = true;
      any = true;
    } else if (isLower(c)) {
      if (!prevCased) return pyBool(false);
      prevCased = true;
    } else prevCased = false;
  }
  return pyBool(any);
});

// ---- hex ---------------------------------------------------------------------------------------------------------

defBoth("hex", (args, kw) => {
  const s = self(args[0]);
  let sepObj: PyObject = args.length > 1 ? args[1] : NONE;
  let perObj: PyObject = args.length > 2 ? args[2] : pyInt(1);
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "sep") sepObj = kw.values[i];
    else if (n === "bytes_per_sep") perObj = kw.values[i];
  });
  let sep = "";
  if (sepObj !== NONE) {
    sep = sepObj instanceof PyStr ? sepObj.value : bytesArg(sepObj);
    if (sep.length !== 1) throw valueError("sep must be length 1.");
  }
  const per = toIndex(perObj);
  const hex: string[] = [];
  for (let i = 0; i < s.length; i++) hex.push(s.charCodeAt(i).toString(16).padStart(2, "0"));
  if (sep === "" || per === 0) return pyStr(hex.join(""));
  // groups of |per| bytes, counted from the right (per > 0) or the left (per < 0)
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = hex.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n), end).join(""));
  } else {
    for (let start = 0; start < hex.length; start += n) groups.push(hex.slice(start, start + n).join(""));
  }
  return pyStr(groups.join(sep));
});
/** fromhex's bytes: pairs of hex digits, whitespace between them. */
function fromHex(text: PyObject): string {
  if (!(text instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${typeName(text)}`);
  const s = text.value;
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (isSpace(s.charAt(i))) {
      i++;
      continue;
    }
    const hi = hexValue(s.charAt(i));
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexValue(s.charAt(i + 1)) : -1;
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}
// (classmethods in CPython: bytes.fromhex and b''.fromhex both reach them, the text last)
BYTES_TYPE.dict.set("fromhex", new PyStaticMethod(new PyBuiltin("fromhex", (args) => new PyBytes(fromHex(args[args.length - 1])), null, null)));
BYTEARRAY_TYPE.dict.set("fromhex", new PyStaticMethod(new PyBuiltin("fromhex", (args) => byteArrayOf(fromHex(args[args.length - 1])), null, null)));

function hexValue(c: string): number {
  return "0123456789abcdef".indexOf(c.toLowerCase());
}
