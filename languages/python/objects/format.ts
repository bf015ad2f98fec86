// Formatting: the format-spec mini-language of format() / f-strings /
// str.format for ints, floats and strs ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]), str.format's replacement fields, and
// printf-style `%` formatting.
import { formatd, toInt } from "rts/rlib";
import { floatRepr } from "../ast.ts";
import { IndexError, keyError, pyError, typeError, valueError, overflowError } from "./exceptions.ts";
import { FLOAT_TYPE, INT_TYPE, KwArgs, PyBool, PyBytes, PyFloat, PyInt, PyLong, PyObject, PyStr, PyTuple, pyInt, pyStr, codePointLength } from "./model.ts";
import { asFloat, asInt, bigOf, intToFloat } from "./numbers.ts";
import { callSpecial, getAttr, repr, str, typeName } from "./ops.ts";
import { getItem, toIndex } from "./items.ts";
import { BigNum } from "../bigint.ts";
import { asciiRepr } from "../runtime.ts";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
  /** 'z': a negative zero after rounding prints as a zero (floats). */
  noNegativeZero: boolean;
  /** The '0' flag without an alignment (fill '0' and '=' for numbers; '<' for str). */
  zeroImplied: boolean;
}

function parseSpec(spec: string): Spec {
  const s: Spec = { fill: " ", align: "", sign: "", alternate: false, zero: false, width: -1, grouping: "", precision: -1, type: "", noNegativeZero: false, zeroImplied: false };
  let i = 0;
  const cps = Array.from(spec);
  const at = (k: number): string => (k < cps.length ? cps[k] : "");
  if (cps.length >= 2 && "<>=^".includes(at(1)) && at(1) !== "") {
    s.fill = at(0);
    s.align = at(1);
    i = 2;
  } else if ("<>=^".includes(at(0)) && at(0) !== "") {
    s.align = at(0);
    i = 1;
  }
  if ("+- ".includes(at(i)) && at(i) !== "") s.sign = at(i++);
  if (at(i) === "z") {
    s.noNegativeZero = true;
    i++;
  }
  if (at(i) === "#") {
    s.alternate = true;
    i++;
  }
  if (at(i) === "0") {
    s.zero = true;
    i++;
  }
  let w = "";
  while (at(i) >= "0" && at(i) <= "9" && at(i) !== "") w += at(i++);
  if (w !== "") s.width = toInt(Number(w));
  if (at(i) === "," || at(i) === "_") s.grouping = at(i++);
  if (s.grouping !== "" && (at(i) === "," || at(i) === "_")) {
    throw valueError(at(i) === s.grouping ? `Cannot specify '${at(i)}' with '${at(i)}'.` : "Cannot specify both ',' and '_'.");
  }
  if (at(i) === ".") {
    i++;
    let p = "";
    while (at(i) >= "0" && at(i) <= "9" && at(i) !== "") p += at(i++);
    if (p === "") throw valueError("Format specifier missing precision");
    s.precision = toInt(Number(p));
  }
  if (i < cps.length) s.type = at(i++);
  if (i < cps.length) throw valueError("Invalid format specifier");
  if (s.zero && s.align === "") {
    s.fill = "0";
    s.align = "=";
    s.zeroImplied = true;
  }
  return s;
}

/** The spec of a %-format's padded text (%s, %r, %c). */
function textSpec(align: string, width: number): Spec {
  return { fill: " ", align, sign: "", alternate: false, zero: false, width, grouping: "", precision: -1, type: "", noNegativeZero: false, zeroImplied: false };
}

/** Pads a formatted number or text to the spec's width: `sign`/`prefix` go before `=` padding. */
function pad(spec: Spec, sign: string, body: string, defaultAlign: string): string {
  const len = codePointLength(sign) + codePointLength(body);
  if (spec.width <= len) return sign + body;
  const n = spec.width - len;
  const align = spec.align === "" ? defaultAlign : spec.align;
  const f = spec.fill;
  if (align === "<") return sign + body + f.repeat(n);
  if (align === ">") return f.repeat(n) + sign + body;
  if (align === "=") return sign + f.repeat(n) + body;
  const left = Math.floor(n / 2);
  return f.repeat(left) + sign + body + f.repeat(n - left);
}

function group(digits: string, sep: string, every: number): string {
  if (sep === "") return digits;
  let out = "";
  let k = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    out = digits.charAt(i) + out;
    if (++k % every === 0 && i > 0) out = sep + out;
  }
  return out;
}

/** Zero padding with grouping: the zeros are grouped too (format(1234, '010,') is '00,001,234'). */
function padNumber(spec: Spec, sign: string, prefix: string, digits: string, rest: string, every: number): string {
  let grouped = group(digits, spec.grouping, every);
  if (spec.align === "=" && spec.fill === "0" && spec.grouping !== "") {
    const target = spec.width - codePointLength(sign) - prefix.length - rest.length;
    let d = digits;
    while (group(d, spec.grouping, every).length < target) d = "0" + d;
    grouped = group(d, spec.grouping, every);
  }
  return pad(spec, sign + prefix, grouped + rest, ">");
}

export function formatInt(v: PyInt | PyLong, spec: string): string {
  const s = parseSpec(spec);
  let type = s.type;
  if ("eEfFgG%".includes(type) && type !== "") return formatFloatSpec(intToFloat(v), s);
  if (s.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
  const big = bigOf(v);
  const neg = big.sign() < 0;
  const mag = neg ? big.neg() : big;
  const sign = neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
  if (type === "c") {
    if (s.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    return pad(s, "", String.fromCodePoint(mag.toNumber()), "<");
  }
  if (type === "" || type === "n") type = "d";
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (type) {
    case "d":
      digits = mag.toString(10);
      break;
    case "b":
      digits = mag.toString(2);
      prefix = s.alternate ? "0b" : "";
      every = 4;
      break;
    case "o":
      digits = mag.toString(8);
      prefix = s.alternate ? "0o" : "";
      every = 4;
      break;
    case "x":
    case "X":
      digits = mag.toString(16);
      if (type === "X") digits = digits.toUpperCase();
      prefix = s.alternate ? (type === "x" ? "0x" : "0X") : "";
      every = 4;
      break;
    default:
      throw valueError(`Unknown format code '${type}' for object of type 'int'`);
  }
  if (s.grouping === "," && type !== "d") throw valueError(`Cannot specify ',' with '${type}'.`);
  return padNumber(s, sign, prefix, digits, "", every);
}

function formatFloatSpec(x: number, s: Spec): string {
  let type = s.type;
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = Math.abs(x);
  let body: string;
  if (ax !== ax) body = type === "E" || type === "F" || type === "G" ? "NAN" : "nan";
  else if (ax === Infinity) body = type === "E" || type === "F" || type === "G" ? "INF" : "inf";
  else if (type === "") {
    if (s.precision < 0) body = floatRepr(ax);
    else {
      body = formatd(ax, "g", s.precision === 0 ? 1 : s.precision);
      if (!body.includes(".") && !body.includes("e")) body += ".0";
    }
  } else {
    const p = s.precision < 0 ? 6 : s.precision;
    if (type === "n") type = "g";
    if (type === "%") body = formatd(ax * 100, "f", p) + "%";
    else if ((type === "g" || type === "G") && s.alternate) body = alternateG(ax, p === 0 ? 1 : p);
    else if ("eEfFgG".includes(type)) {
      body = formatd(ax, type.toLowerCase(), type === "g" || type === "G" ? (p === 0 ? 1 : p) : p);
      // '#': the point even without digits after it (3. and 3.e+00)
      if (s.alternate && p === 0 && !body.includes(".")) body = type === "f" || type === "F" ? body + "." : body.replace("e", ".e");
      if (type === type.toUpperCase()) body = body.toUpperCase();
    } else throw valueError(`Unknown format code '${type}' for object of type 'float'`);
  }
  if (type === "%" && (ax !== ax || ax === Infinity)) body += "%";
  // 'z': -0.0 (or what rounds to it) without its sign
  if (s.noNegativeZero && neg && /^[0.]*(e[+-]?0+)?%?$/i.test(body)) neg = false;
  const sign = neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
  if (ax !== ax || ax === Infinity) return pad(s, sign, body, ">");
  // split integer digits from the rest for grouping
  let k = 0;
  while (k < body.length && body.charAt(k) >= "0" && body.charAt(k) <= "9") k++;
  return padNumber(s, sign, "", body.slice(0, k), body.slice(k), 3);
}

/** printf's %#.<p>g: general format keeping trailing zeros and the point. */
function alternateG(x: number, p: number): string {
  const e = formatd(x, "e", p - 1);
  const exp = toInt(Number(e.slice(e.indexOf("e") + 1)));
  if (exp >= -4 && exp < p) {
    const f = formatd(x, "f", p - 1 - exp);
    return f.includes(".") ? f : f + ".";
  }
  return e.includes(".") ? e : e.replace("e", ".e");
}

export function formatFloat(x: number, spec: string): string {
  return formatFloatSpec(x, parseSpec(spec));
}

export function formatStr(v: string, spec: string): string {
  const s = parseSpec(spec);
  if (s.type !== "" && s.type !== "s") throw valueError(`Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== "") throw valueError("Sign not allowed in string format specifier");
  // (a '0' flag alone pads a str with zeros on the right, since 3.10)
  if (s.zeroImplied) s.align = "<";
  if (s.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let text = v;
  if (s.precision >= 0) text = Array.from(v).slice(0, s.precision).join("");
  return pad(s, "", text, "<");
}

/** format(value, spec): the type's __format__. */
export function format(value: PyObject, spec: string): string {
  if (value instanceof PyStr) return spec === "" ? value.value : formatStr(value.value, spec);
  if (value instanceof PyInt && !(value instanceof PyBool)) return spec === "" ? String(value.value) : formatInt(value, spec);
  if (value instanceof PyFloat) return formatFloat(value.value, spec);
  const r = callSpecial(value, "__format__", [pyStr(spec)]);
  if (r === null) throw typeError(`unsupported format string passed to ${typeName(value)}.__format__`);
  if (!(r instanceof PyStr)) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return r.value;
}

// ---- str.format ------------------------------------------------------------------------------------

/** str.format(*args, **kwargs). */
/** str.format (the arguments in args and kw) and str.format_map (a mapping: only named fields, looked up with its __getitem__). */
export function strFormat(template: string, args: PyObject[], kw: KwArgs | null, mapping: PyObject | null): string {
  return formatFields(template, args, kw, mapping, new FieldNumbering(), 2); // (as CPython: specs nest one level)
}

/** Automatic field numbering across a format string and the specs nested in it ('{:{}}' numbers both). */
class FieldNumbering {
  auto = 0;
  mode = "";
}

function formatFields(template: string, args: PyObject[], kw: KwArgs | null, mapping: PyObject | null, numbering: FieldNumbering, specNesting: number): string {
  if (specNesting <= 0) throw valueError("Max string recursion exceeded");
  let out = "";
  const cps = Array.from(template);
  let i = 0;
  const lookup = (field: string): PyObject => {
    let k = 0;
    while (k < field.length && field.charAt(k) !== "." && field.charAt(k) !== "[") k++;
    const first = field.slice(0, k);
    let obj: PyObject;
    if (first === "" || /^[0-9]+$/.test(first)) {
      let index: number;
      if (first === "") {
        if (numbering.mode === "manual") throw valueError("cannot switch from manual field specification to automatic field numbering");
        numbering.mode = "auto";
        index = numbering.auto++;
      } else {
        if (numbering.mode === "auto") throw valueError("cannot switch from automatic field numbering to manual field specification");
        numbering.mode = "manual";
        index = Number(first);
      }
      if (mapping !== null) throw valueError("Format string contains positional fields");
      if (index >= args.length) throw pyError(IndexError, `Replacement index ${index} out of range for positional args tuple`);
      obj = args[index];
    } else {
      let found: PyObject | null = null;
      if (kw !== null) kw.names.forEach((n, j) => {
        if (n === first) found = kw.values[j];
      });
      if (found === null && mapping !== null) found = getItem(mapping, pyStr(first));
      if (found === null) throw keyError(pyStr(first));
      obj = found;
    }
    while (k < field.length) {
      if (field.charAt(k) === ".") {
        let e = k + 1;
        while (e < field.length && field.charAt(e) !== "." && field.charAt(e) !== "[") e++;
        obj = getAttr(obj, field.slice(k + 1, e));
        k = e;
      } else {
        const e = field.indexOf("]", k);
        if (e < 0) throw valueError("Missing ']' in format string");
        const key = field.slice(k + 1, e);
        obj = getItem(obj, /^[0-9]+$/.test(key) ? pyIntOf(Number(key)) : pyStr(key));
        k = e + 1;
      }
    }
    return obj;
  };
  while (i < cps.length) {
    const c = cps[i];
    if (c === "{") {
      if (cps[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < cps.length && depth > 0) {
        if (cps[j] === "{") depth++;
        else if (cps[j] === "}") depth--;
        if (depth > 0) j++;
      }
      if (j >= cps.length) throw valueError(i + 1 >= cps.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
      const inner = cps.slice(i + 1, j).join("");
      i = j + 1;
      let fieldEnd = 0;
      let bracket = false;
      while (fieldEnd < inner.length) {
        const ch = inner.charAt(fieldEnd);
        if (ch === "[") bracket = true;
        else if (ch === "]") bracket = false;
        else if (!bracket && (ch === "!" || ch === ":")) break;
        fieldEnd++;
      }
      const field = inner.slice(0, fieldEnd);
      let conversion = "";
      let spec = "";
      let rest = inner.slice(fieldEnd);
      if (rest.startsWith("!")) {
        conversion = rest.charAt(1);
        rest = rest.slice(2);
        if (rest !== "" && !rest.startsWith(":")) throw valueError("expected ':' after conversion specifier");
      }
      // (the field first, then the fields nested in its spec: that is the numbering order)
      let value = lookup(field);
      if (rest.startsWith(":")) spec = formatFields(rest.slice(1), args, kw, mapping, numbering, specNesting - 1);
      if (conversion === "r") value = pyStr(repr(value));
      else if (conversion === "s") value = pyStr(str(value));
      else if (conversion === "a") value = pyStr(asciiRepr(repr(value)));
      else if (conversion !== "") throw valueError(`Unknown conversion specifier ${conversion}`);
      out += format(value, spec);
      continue;
    }
    if (c === "}") {
      if (cps[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

function pyIntOf(n: number): PyObject {
  return pyInt(toInt(n));
}

// ---- printf-style % --------------------------------------------------------------------------------

/** `template % values`. */
export function percentFormat(template: string, values: PyObject, bytesMode = false): string {
  const items = values instanceof PyTuple ? values.items : [values];
  // (an int or a float, the common single argument, is no mapping: no lookup through its type's MRO)
  const vt = values.getType();
  const plain = values instanceof PyTuple || values instanceof PyStr || values instanceof PyBytes || vt === INT_TYPE || vt === FLOAT_TYPE;
  const mapping = !plain && vt.lookup("__getitem__") !== null ? values : null;
  let next = 0;
  let out = "";
  // (no closure taking the next argument: its captured variables were cells, allocated at every call)
  let i = 0;
  let usedMapping = false;
  while (i < template.length) {
    if (template.charAt(i) !== "%") {
      // (the text up to the next conversion at once, not a string per character)
      const e = template.indexOf("%", i);
      const stop = e < 0 ? template.length : e;
      out += template.slice(i, stop);
      i = stop;
      continue;
    }
    i++;
    let key: string | null = null;
    if (template.charAt(i) === "(") {
      const e = template.indexOf(")", i);
      if (e < 0) throw valueError("incomplete format key");
      key = template.slice(i + 1, e);
      i = e + 1;
    }
    let flags = "";
    while ("-+ #0".includes(template.charAt(i)) && template.charAt(i) !== "") flags += template.charAt(i++);
    let width = -1;
    if (template.charAt(i) === "*") {
      width = toIndex(formatArg(items, next++, usedMapping));
      i++;
    } else {
      let w = "";
      while (template.charAt(i) >= "0" && template.charAt(i) <= "9" && template.charAt(i) !== "") w += template.charAt(i++);
      if (w !== "") width = toInt(Number(w));
    }
    let precision = -1;
    if (template.charAt(i) === ".") {
      i++;
      if (template.charAt(i) === "*") {
        precision = toIndex(formatArg(items, next++, usedMapping));
        i++;
      } else {
        let p = "";
        while (template.charAt(i) >= "0" && template.charAt(i) <= "9" && template.charAt(i) !== "") p += template.charAt(i++);
        precision = p === "" ? 0 : toInt(Number(p));
      }
    }
    while ("hlL".includes(template.charAt(i)) && template.charAt(i) !== "") i++;
    const type = template.charAt(i++);
    if (type === "") throw valueError("incomplete format");
    if (type === "%") {
      out += "%";
      continue;
    }
    let arg: PyObject;
    if (key !== null) {
      if (mapping === null) throw typeError("format requires a mapping");
      arg = getItem(mapping, bytesMode ? new PyBytes(key) : pyStr(key));
      usedMapping = true;
    } else arg = formatArg(items, next++, usedMapping);
    let spec = "";
    if (flags.includes("-")) spec += "<";
    else if (flags.includes("0") && "diouxXeEfFgG".includes(type)) spec += "0=";
    if (flags.includes("+")) spec += "+";
    else if (flags.includes(" ")) spec += " ";
    if (flags.includes("#")) spec += "#";
    const widthPart = width >= 0 ? String(width) : "";
    let text: string;
    switch (bytesMode && "sbrac".includes(type) ? `b${type}` : type) {
      case "bs":
      case "bb":
      case "br":
      case "ba": {
        // bytes % args: %s/%b take bytes (or __bytes__), %r/%a the ASCII repr
        let v = type === "r" || type === "a" ? asciiRepr(repr(arg)) : bytesOfArg(arg);
        if (precision >= 0) v = v.slice(0, precision);
        text = pad(textSpec(flags.includes("-") ? "<" : ">", width), "", v, ">");
        break;
      }
      case "bc": {
        const n = asInt(arg);
        const b = arg instanceof PyBytes ? arg.value : null;
        if (!(n instanceof PyInt && n.value >= 0 && n.value < 256) && (b === null || b.length !== 1)) {
          throw typeError(n !== null ? "%c arg not in range(256)" : "%c requires an integer in range(256) or a single byte");
        }
        text = pad(textSpec(flags.includes("-") ? "<" : ">", width), "", b ?? String.fromCharCode((n as PyInt).value), ">");
        break;
      }
      case "s":
      case "r":
      case "a": {
        let v = type === "s" ? str(arg) : type === "a" ? asciiRepr(repr(arg)) : repr(arg);
        if (precision >= 0) v = Array.from(v).slice(0, precision).join("");
        // (no width, nothing to pad: no spec made — `"v%s" % i`)
        text = width < 0 ? v : pad(textSpec(flags.includes("-") ? "<" : ">", width), "", v, ">");
        break;
      }
      case "d":
      case "i":
      case "u": {
        const n = numberAsInt(arg, type);
        text = formatInt(n, spec + widthPart + "d");
        if (precision > 0) text = zeroPrecision(text, precision);
        break;
      }
      case "o":
      case "x":
      case "X": {
        const n = asInt(arg);
        if (n === null) throw typeError(`%${type} format: an integer is required, not ${typeName(arg)}`);
        text = formatInt(n, spec + widthPart + type);
        if (flags.includes("#") && type === "o") text = text.replace("0o", "0o");
        break;
      }
      case "e": case "E": case "f": case "F": case "g": case "G": {
        const x = numberAsFloat(arg);
        text = formatFloat(x, spec + widthPart + "." + String(precision < 0 ? 6 : precision) + type);
        break;
      }
      case "c": {
        const n = asInt(arg);
        const ch = n !== null ? String.fromCodePoint(toInt(intToFloat(n))) : str(arg);
        text = pad(textSpec(flags.includes("-") ? "<" : ">", width), "", ch, ">");
        break;
      }
      default:
        throw valueError(`unsupported format character '${type}' (0x${type.charCodeAt(0).toString(16)}) at index ${i - 1}`);
    }
    out += text;
  }
  if (next < items.length && !usedMapping && !(mapping !== null && items.length === 1)) throw typeError("not all arguments converted during string formatting");
  return out;
}

/** Argument `next` of a %-format (after a %(key)s the mapping is no longer an argument a plain %s can take). */
function formatArg(items: PyObject[], next: number, usedMapping: boolean): PyObject {
  if (next >= items.length || usedMapping) throw typeError("not enough arguments for format string");
  return items[next];
}

/** %s / %b of bytes % args: a bytes-like argument's bytes, or __bytes__'s. */
function bytesOfArg(arg: PyObject): string {
  if (arg instanceof PyBytes) return arg.value;
  const b = arg.getType().lookup("__bytes__") !== null ? callSpecial(arg, "__bytes__", []) : null;
  if (b instanceof PyBytes) return b.value;
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(arg)}'`);
}

function zeroPrecision(text: string, precision: number): string {
  const neg = text.trimStart().startsWith("-");
  const digits = text.trim().replace("-", "").replace("+", "");
  if (digits.length >= precision) return text;
  return (neg ? "-" : "") + "0".repeat(precision - digits.length) + digits;
}

function numberAsInt(arg: PyObject, type: string): PyInt | PyLong {
  const n = asInt(arg);
  if (n !== null) return n;
  const f = asFloat(arg);
  if (f !== null) {
    if (!Number.isFinite(f.value)) throw overflowError("cannot convert float infinity to integer");
    const t = Math.trunc(f.value);
    return Math.abs(t) <= 9007199254740991 ? new PyInt(toInt(t)) : new PyLong(BigNum.fromDouble(t));
  }
  throw typeError(`%${type} format: a real number is required, not ${typeName(arg)}`);
}

function numberAsFloat(arg: PyObject): number {
  const f = asFloat(arg);
  if (f !== null) return f.value;
  const n = asInt(arg);
  if (n !== null) return intToFloat(n);
  const r = callSpecial(arg, "__float__", []);
  if (r instanceof PyFloat) return r.value;
  throw typeError(`must be real number, not ${typeName(arg)}`);
}
