// The codecs of str.encode, bytes.decode, str(b, encoding, errors) and
// bytes(s, encoding, errors): UTF-8, ASCII and Latin-1, with the error
// handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace
// (encoding), and UnicodeEncodeError / UnicodeDecodeError as CPython makes
// them (args (encoding, object, start, end, reason)).  Bytes are PyBytes'
// one character per byte (0..255).
import { LookupError, UnicodeDecodeError, UnicodeEncodeError, newException, typeError } from "./exceptions.ts";
import { NONE, PyBaseException, PyBytes, PyError, PyInt, PyObject, PyStr, pyInt, pyStr } from "./model.ts";
import { defGetter, defMethod, repr } from "./ops.ts";
import { exceptionStr } from "./exctype.ts";

const UTF8 = "utf-8";
const ASCII = "ascii";
const LATIN1 = "latin-1";

/** CPython's name for an encoding the codecs here know (case, '-', '_' and ' ' do not matter), or null. */
export function codecName(encoding: string): string | null {
  const e = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (e === "utf8" || e === "u8" || e === "utf" || e === "cp65001") return UTF8;
  if (e === "ascii" || e === "usascii" || e === "646") return ASCII;
  if (e === "latin1" || e === "latin" || e === "iso88591" || e === "l1" || e === "iso8859" || e === "8859" || e === "cp819") return LATIN1;
  return null;
}

function knownCodec(encoding: string): string {
  const name = codecName(encoding);
  if (name === null) throw new PyError(newException(LookupError, [pyStr(`unknown encoding: ${encoding}`)]));
  return name;
}

function unknownHandler(errors: string): PyError {
  return new PyError(newException(LookupError, [pyStr(`unknown error handler name '${errors}'`)]));
}

function hex2(c: number): string {
  return c.toString(16).padStart(2, "0");
}

/** Code point c as backslashreplace and ascii() write it (\xNN, \uNNNN, \UNNNNNNNN). */
export function escaped(c: number): string {
  if (c < 0x100) return `\\x${hex2(c)}`;
  if (c < 0x10000) return `\\u${c.toString(16).padStart(4, "0")}`;
  return `\\U${c.toString(16).padStart(8, "0")}`;
}

/** Text encoded with encoding (its bytes as characters 0..255); errors as CPython's handlers. */
export function encodeText(s: string, encoding: string, errors: string): string {
  const codec = knownCodec(encoding);
  const cps = Array.from(s);
  let out = "";
  const limit = codec === ASCII ? 0x80 : 0x100;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i].codePointAt(0)!;
    if (codec === UTF8) {
      // (lone surrogates are what UTF-8 cannot encode)
      if (c < 0xd800 || c > 0xdfff) {
        out += utf8Of(c);
        continue;
      }
    } else if (c < limit) {
      out += String.fromCharCode(c);
      continue;
    }
    if (errors === "strict") {
      let end = i + 1;
      while (end < cps.length && !encodable(codec, cps[end].codePointAt(0)!)) end++;
      const reason = codec === UTF8 ? "surrogates not allowed" : `ordinal not in range(${limit})`;
      throw new PyError(newException(UnicodeEncodeError, [pyStr(codec), pyStr(s), pyInt(i), pyInt(end), pyStr(reason)]));
    }
    if (errors === "ignore") continue;
    if (errors === "replace") out += "?";
    else if (errors === "backslashreplace") out += escaped(c);
    else if (errors === "xmlcharrefreplace") out += `&#${c};`;
    else throw unknownHandler(errors);
  }
  return out;
}

function encodable(codec: string, c: number): boolean {
  return codec === UTF8 ? c < 0xd800 || c > 0xdfff : c < (codec === ASCII ? 0x80 : 0x100);
}

function utf8Of(c: number): string {
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/**
 * The UTF-8 sequence at b[i]: its code point and length, or (-1, n) for an
 * invalid one — n the bytes of its maximal valid prefix (at least 1), with
 * why (CPython's reasons: invalid start byte, invalid continuation byte,
 * unexpected end of data).
 */
class Utf8Step {
  cp = 0;
  n = 0;
  reason = "";
}

function utf8Step(b: string, i: number, step: Utf8Step): void {
  const c = b.charCodeAt(i);
  step.cp = -1;
  step.n = 1;
  if (c < 0x80) {
    step.cp = c;
    return;
  }
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else {
    step.reason = "invalid start byte";
    return;
  }
  let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) {
      step.n = k;
      step.reason = "unexpected end of data";
      return;
    }
    const d = b.charCodeAt(i + k);
    if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) {
      step.n = k;
      step.reason = "invalid continuation byte";
      return;
    }
    cp = (cp << 6) | (d & 63);
  }
  step.cp = cp;
  step.n = need + 1;
}

/** Bytes decoded with encoding; errors as CPython's handlers. */
export function decodeBytes(b: string, encoding: string, errors: string): string {
  const codec = knownCodec(encoding);
  if (codec === LATIN1) return b;
  let out = "";
  const step = new Utf8Step();
  let i = 0;
  while (i < b.length) {
    if (codec === ASCII) {
      const c = b.charCodeAt(i);
      step.cp = c < 0x80 ? c : -1;
      step.n = 1;
      step.reason = "ordinal not in range(128)";
    } else utf8Step(b, i, step);
    if (step.cp >= 0) {
      out += String.fromCodePoint(step.cp);
      i += step.n;
      continue;
    }
    if (errors === "strict") throw new PyError(newException(UnicodeDecodeError, [pyStr(codec), new PyBytes(b), pyInt(i), pyInt(i + step.n), pyStr(step.reason)]));
    if (errors === "replace") out += "\ufffd";
    else if (errors === "backslashreplace") for (let k = 0; k < step.n; k++) out += `\\x${hex2(b.charCodeAt(i + k))}`;
    else if (errors !== "ignore") throw unknownHandler(errors);
    i += step.n;
  }
  return out;
}

/** The (encoding, errors) arguments of encode/decode at args[from...] or as keywords (defaults utf-8, strict). */
export function codecArgs(args: PyObject[], from: number, names: string[], values: PyObject[]): { encoding: string; errors: string } {
  const text = (o: PyObject, what: string): string => {
    if (o instanceof PyStr) return o.value;
    throw typeError(`${what}() argument must be str, not ${o.getType().name}`);
  };
  let encoding = args.length > from ? text(args[from], "encode") : UTF8;
  let errors = args.length > from + 1 ? text(args[from + 1], "encode") : "strict";
  names.forEach((n, k) => {
    if (n === "encoding") encoding = text(values[k], "encode");
    else if (n === "errors") errors = text(values[k], "encode");
  });
  return { encoding, errors };
}

// the errors' attributes and messages
function unicodeErrorArgs(o: PyObject): PyObject[] {
  return (o as PyBaseException).args.items;
}
function field(o: PyObject, k: number): PyObject {
  const a = unicodeErrorArgs(o);
  return k < a.length ? a[k] : NONE;
}
for (const t of [UnicodeEncodeError, UnicodeDecodeError]) {
  defGetter(t, "encoding", (o) => field(o, 0));
  defGetter(t, "object", (o) => field(o, 1));
  defGetter(t, "start", (o) => field(o, 2));
  defGetter(t, "end", (o) => field(o, 3));
  defGetter(t, "reason", (o) => field(o, 4));
}

/** str(e) of a UnicodeEncodeError / UnicodeDecodeError made with CPython's five arguments. */
function unicodeErrorStr(args: PyObject[], encoding: boolean): string | null {
  const a = unicodeErrorArgs(args[0]);
  if (a.length !== 5 || !(a[2] instanceof PyInt) || !(a[3] instanceof PyInt)) return null;
  const [codec, obj, start, end, reason] = [a[0], a[1], a[2].value, a[3].value, a[4]];
  const head = `${codec instanceof PyStr ? repr(codec) : "?"} codec can't ${encoding ? "encode" : "decode"}`;
  const why = reason instanceof PyStr ? reason.value : "?";
  if (end === start + 1) {
    if (encoding && obj instanceof PyStr) {
      return `${head} character '${escaped(Array.from(obj.value)[start].codePointAt(0)!)}' in position ${start}: ${why}`;
    }
    if (!encoding && obj instanceof PyBytes) return `${head} byte 0x${hex2(obj.value.charCodeAt(start))} in position ${start}: ${why}`;
  }
  return `${head} ${encoding ? "characters" : "bytes"} in position ${start}-${end - 1}: ${why}`;
}
defMethod(UnicodeEncodeError, "__str__", (args) => {
  const s = unicodeErrorStr(args, true);
  return pyStr(s === null ? exceptionStr(args[0] as PyBaseException) : s);
});
defMethod(UnicodeDecodeError, "__str__", (args) => {
  const s = unicodeErrorStr(args, false);
  return pyStr(s === null ? exceptionStr(args[0] as PyBaseException) : s);
});
