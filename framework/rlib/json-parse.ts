// JSON.parse, written in RTS.  The parser makes JavaScript's JSON values —
// null, booleans, numbers, strings, arrays and plain objects (objects used
// as maps, rts/rlib/dicts) — held as a value union (rts/rlib/values), and
// throws V8's SyntaxErrors with V8's messages and positions.
//
// Where the program gives JSON.parse's result a type (`JSON.parse(s) as
// Config`, `const xs: number[] = JSON.parse(s)`), the frontend
// (frontend/json-parse.ts) makes a converter per type that checks the value
// against it and builds the typed value (a record of the type's shape, a
// list, a map); the helpers below are its steps.  Node would go on with a
// value that does not match its type; a translated program cannot, so a
// mismatch stops it with a clear error naming the place in the document.

import { fatal } from "rts/ll";
import { write } from "rts/rlib/os";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Inputs this long or shorter are quoted whole in "Unexpected token" messages; longer ones by ten characters around the token (V8). */
const SHORT_SOURCE = 20;
const CONTEXT = 10;

class JsonParser {
  i = 0;
  constructor(private readonly text: string) {}

  /** A SyntaxError at position `at` (V8's "… in JSON at position N"). */
  fail(what: string, at: number): void {
    throw new SyntaxError(`${what} in JSON at position ${at}`);
  }

  /** The character at i was not expected there (V8's ReportUnexpectedToken without a message of its own). */
  unexpected(): void {
    const text = this.text;
    const i = this.i;
    if (i >= text.length) throw new SyntaxError("Unexpected end of JSON input");
    const c = text[i];
    if (c === "-" || (c >= "0" && c <= "9")) this.fail("Unexpected number", i);
    if (c === '"') this.fail("Unexpected string", i);
    if (text === "NaN" || text === "Infinity" || text === "undefined" || text === "[object Object]") throw new SyntaxError(`"${text}" is not valid JSON`);
    const n = text.length;
    let context: string;
    if (n <= SHORT_SOURCE) context = `"${text}"`;
    else if (i < CONTEXT) context = `"${text.slice(0, i + CONTEXT)}"...`;
    else if (i < n - CONTEXT) context = `..."${text.slice(i - CONTEXT, i + CONTEXT)}"...`;
    else context = `..."${text.slice(i - CONTEXT)}"`;
    throw new SyntaxError(`Unexpected token '${c}', ${context} is not valid JSON`);
  }

  skipSpace(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.i++;
    }
  }

  /** The code unit at i, or -1 at the end. */
  peek(): number {
    return this.i < this.text.length ? this.text.charCodeAt(this.i) : -1;
  }

  value(): JsonValue {
    this.skipSpace();
    switch (this.peek()) {
      case 34: // "
        return this.string();
      case 91: // [
        return this.array();
      case 123: // {
        return this.object();
      case 116: // t
        this.literal("true");
        return true;
      case 102: // f
        this.literal("false");
        return false;
      case 110: // n
        this.literal("null");
        return null;
    }
    const c = this.peek();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    this.unexpected();
    return null;
  }

  /** true, false, null: the first character matched; the rest must. */
  private literal(word: string): void {
    const text = this.text;
    for (let k = 1; k < word.length; k++) {
      if (this.i + k >= text.length) {
        this.i = text.length;
        this.unexpected();
      }
      if (text[this.i + k] !== word[k]) {
        this.i += k;
        this.unexpected();
      }
    }
    this.i += word.length;
  }

  private digit(): boolean {
    const c = this.peek();
    return c >= 48 && c <= 57;
  }

  private number(): number {
    const start = this.i;
    if (this.peek() === 45) this.i++;
    if (this.peek() === 48) {
      this.i++;
      if (this.digit()) this.unexpected(); // a leading zero
    } else {
      if (!this.digit()) this.fail("No number after minus sign", this.i);
      while (this.digit()) this.i++;
    }
    if (this.peek() === 46) {
      this.i++;
      if (!this.digit()) this.fail("Unterminated fractional number", this.i);
      while (this.digit()) this.i++;
    }
    const e = this.peek();
    if (e === 101 || e === 69) {
      this.i++;
      if (this.peek() === 43 || this.peek() === 45) this.i++;
      if (!this.digit()) this.fail("Exponent part is missing a number", this.i);
      while (this.digit()) this.i++;
    }
    return Number(this.text.slice(start, this.i));
  }

  string(): string {
    const text = this.text;
    this.i++; // "
    let out = "";
    let start = this.i;
    while (true) {
      if (this.i >= text.length) this.fail("Unterminated string", text.length);
      const c = text.charCodeAt(this.i);
      if (c === 34) {
        out += text.slice(start, this.i);
        this.i++;
        return out;
      }
      if (c === 92) {
        out += text.slice(start, this.i);
        this.i++;
        if (this.i >= text.length) this.unexpected();
        out += this.escape();
        start = this.i;
      } else if (c < 32) {
        this.fail("Bad control character in string literal", this.i);
      } else {
        this.i++;
      }
    }
  }

  /** The escape after a backslash (i at its letter), i left after it. */
  private escape(): string {
    const e = this.text[this.i];
    this.i++;
    switch (e) {
      case '"':
      case "\\":
      case "/":
        return e;
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "u": {
        let code = 0;
        for (let k = 0; k < 4; k++) {
          const h = this.peek();
          const d = h >= 48 && h <= 57 ? h - 48 : h >= 97 && h <= 102 ? h - 87 : h >= 65 && h <= 70 ? h - 55 : -1;
          if (d < 0) this.fail("Bad Unicode escape", this.i);
          code = code * 16 + d;
          this.i++;
        }
        return String.fromCharCode(code);
      }
    }
    this.i--;
    // (V8 looks escapes up in a table of the first 256 characters: others are an unexpected token)
    if (this.text.charCodeAt(this.i) > 255) this.unexpected();
    this.fail("Bad escaped character", this.i);
    return "";
  }

  private array(): JsonValue {
    this.i++; // [
    const items: JsonValue[] = [];
    this.skipSpace();
    if (this.peek() === 93) {
      this.i++;
      return items;
    }
    while (true) {
      items.push(this.value());
      this.skipSpace();
      const c = this.peek();
      this.i++;
      if (c === 93) return items;
      if (c !== 44) this.fail("Expected ',' or ']' after array element", this.i - 1);
    }
  }

  private object(): JsonValue {
    this.i++; // {
    const obj: { [key: string]: JsonValue } = {};
    this.skipSpace();
    if (this.peek() === 125) {
      this.i++;
      return obj;
    }
    let first = true;
    while (true) {
      this.skipSpace();
      if (this.peek() !== 34) this.fail(first ? "Expected property name or '}'" : "Expected double-quoted property name", this.i);
      const key = this.string();
      this.skipSpace();
      // (V8 names the colon only after an object's first key)
      if (this.peek() !== 58) {
        if (first) this.fail("Expected ':' after property name", this.i);
        this.unexpected();
      }
      this.i++;
      obj[key] = this.value();
      this.skipSpace();
      const c = this.peek();
      this.i++;
      if (c === 125) return obj;
      if (c !== 44) this.fail("Expected ',' or '}' after property value", this.i - 1);
      first = false;
    }
  }
}

/** JSON.parse(text): the value, or V8's SyntaxError. */
export function jsonParse(text: string): JsonValue {
  const p = new JsonParser(text);
  const v = p.value();
  p.skipSpace();
  if (p.i < text.length) throw new SyntaxError(`Unexpected non-whitespace character after JSON at position ${p.i}`);
  return v;
}

// ---- typed results: the converters' steps (frontend/json-parse.ts) ----------------

/** Stops the program, saying why on stderr first (ll.fatal takes a literal). */
function misfit(why: string): void {
  write(2, why + "\n");
  fatal("JSON.parse: the document does not fit the type the program gave the result (above)");
}

/** What the document has where the type wanted something else, for the error. */
function describe(v: JsonValue): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  if (typeof v === "number") return `the number ${v}`;
  return `the boolean ${v}`;
}

/** Stops the program: the document does not fit the type the program gave JSON.parse's result. */
export function jsonMismatch(v: JsonValue, path: string, wanted: string): void {
  misfit(`JSON.parse: ${path} is ${describe(v)} where the program's type says ${wanted}; Node would go on with a value its type does not describe, which a translated program cannot`);
}

/** The kind of a JSON value, for a union type: "null", "boolean", "number", "string", "array" or "object". */
export function jsonKind(v: JsonValue): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

export function jsonIsNull(v: JsonValue): boolean {
  return v === null;
}

export function jsonAsNumber(v: JsonValue, path: string): number {
  if (typeof v === "number") return v;
  jsonMismatch(v, path, "a number");
  return 0;
}

export function jsonAsString(v: JsonValue, path: string): string {
  if (typeof v === "string") return v;
  jsonMismatch(v, path, "a string");
  return "";
}

/** A string the type allows only some values of (`"add" | "sub"`). */
export function jsonAsStringOf(v: JsonValue, path: string, allowed: string[]): string {
  if (typeof v === "string" && allowed.includes(v)) return v;
  jsonMismatch(v, path, allowed.map((s) => JSON.stringify(s)).join(" | "));
  return "";
}

export function jsonAsBoolean(v: JsonValue, path: string): boolean {
  if (typeof v === "boolean") return v;
  jsonMismatch(v, path, "a boolean");
  return false;
}

/** An array of the type's items: each converted by `item`. */
export function jsonAsArray<T>(v: JsonValue, path: string, item: (x: JsonValue, path: string) => T): T[] {
  const out: T[] = [];
  if (!Array.isArray(v)) {
    jsonMismatch(v, path, "an array");
    return out;
  }
  for (let i = 0; i < v.length; i++) out.push(item(v[i], `${path}[${i}]`));
  return out;
}

/** The object of a record or map type. */
export function jsonAsObject(v: JsonValue, path: string): { [key: string]: JsonValue } {
  if (v !== null && typeof v === "object" && !Array.isArray(v)) return v;
  jsonMismatch(v, path, "an object");
  return {};
}

/** An object used as a map (`Record<string, T>`): each value converted by `item`. */
export function jsonAsDict<T>(v: JsonValue, path: string, item: (x: JsonValue, path: string) => T): { [key: string]: T } {
  const o = jsonAsObject(v, path);
  const out: { [key: string]: T } = {};
  for (const [k, x] of Object.entries(o)) out[k] = item(x, `${path}.${k}`);
  return out;
}

/** A property a record type requires. */
export function jsonProperty(o: { [key: string]: JsonValue }, name: string, path: string, typeName: string): JsonValue {
  if (name in o) return o[name];
  misfit(`JSON.parse: ${path} lacks the property '${name}' that the type ${typeName} requires; Node would go on with it undefined, which a translated program cannot`);
  return null;
}

export function jsonHas(o: { [key: string]: JsonValue }, name: string): boolean {
  return name in o;
}

/**
 * A record type's object has no properties the type does not declare, and
 * has its properties in the type's order: RTS lays a record out by its type
 * (a shape), where Node keeps the document's properties and their order.
 */
export function jsonCheckKeys(o: { [key: string]: JsonValue }, names: string[], path: string, typeName: string): void {
  let last = -1;
  for (const k of Object.keys(o)) {
    const at = names.indexOf(k);
    if (at < 0) misfit(`JSON.parse: ${path} has the property '${k}' that the type ${typeName} does not declare; Node would keep it (and print it), a translated program lays the object out by its type`);
    if (at < last) misfit(`JSON.parse: ${path} has its properties in another order than the type ${typeName} declares them ('${k}' comes after '${names[last]}'); Node keeps the document's order, a translated program the type's`);
    last = at;
  }
}
