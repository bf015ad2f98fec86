// String literals: a run of adjacent STRING tokens to CPython 3.11's node —
// a Constant (str or bytes, the pieces joined) or, when one of them is an
// f-string, a JoinedStr of Constant and FormattedValue parts.  3.11 reads an
// f-string as one token and splits its text here: literal text (escapes
// decoded, `{{` and `}}` undoubled), replacement fields `{expr=!c:spec}`
// whose expression the caller's parser reads, and format specs that are
// JoinedStrs themselves.  Positions follow CPython 3.11: the Constant and
// FormattedValue parts span the whole run of tokens, a format spec its own
// token, and the expressions inside are where their text is.
import type { Expr, Loc } from "./ast.ts";
import { PySyntaxError, type Token } from "./tokenizer.ts";
import { unicodeName } from "./unicodenames.ts";

/** Parses an f-string's expression text, which starts at source line `line` with its wrapping `(` at column `col`. */
export type ExprParser = (text: string, line: number, col: number) => Expr;

/** A string token's parts: where its body is, and its prefix read. */
interface Literal {
  body: number;
  end: number;
  bytes: boolean;
  raw: boolean;
  f: boolean;
}

function literal(t: Token): Literal {
  const text = t.text;
  let p = 0;
  while (text.charAt(p) !== "'" && text.charAt(p) !== '"') p++;
  const prefix = text.slice(0, p).toLowerCase();
  const q = text.charAt(p);
  const triple = text.charAt(p + 1) === q && text.charAt(p + 2) === q && text.length >= p + 6;
  const n = triple ? 3 : 1;
  return { body: p + n, end: text.length - n, bytes: prefix.includes("b"), raw: prefix.includes("r"), f: prefix.includes("f") };
}

/** A SyntaxError in the strings at `loc`: CPython reports it just past their end. */
function errorAt(loc: Loc, message: string): never {
  throw new PySyntaxError(message, "SyntaxError", loc.endLine, loc.endCol + 1);
}

/** Literal text of a token: escapes decoded unless raw (line ends as \n either way). */
function decode(loc: Loc, s: string, raw: boolean, bytes: boolean): string {
  if (raw) return s.replace(/\r\n?/g, "\n");
  try {
    return unescape(s, bytes);
  } catch (e) {
    if (e instanceof PySyntaxError) errorAt(loc, e.message);
    throw e;
  }
}

/** The parts of a JoinedStr being built: finished values, and literal text not yet made a Constant. */
class Parts {
  readonly values: Expr[] = [];
  text = "";
  constructor(readonly loc: Loc, readonly kind: string | null) {}

  /** The pending text as a Constant part (none when empty). */
  flush(): void {
    if (this.text === "") return;
    this.values.push({ type: "Constant", value: { t: "str", value: this.text }, kind: this.kind, ...this.loc });
    this.text = "";
  }
}

/** Adjacent string literals, joined: a Constant, or a JoinedStr when one is an f-string. */
export function joinStrings(tokens: Token[], parseExpr: ExprParser): Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const loc: Loc = { line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
  const parts = new Parts(loc, first.text.charAt(0) === "u" ? "u" : null);
  let bytes = false;
  let fmode = false;
  tokens.forEach((t, i) => {
    const lit = literal(t);
    if (i > 0 && lit.bytes !== bytes) errorAt(loc, "cannot mix bytes and nonbytes literals");
    bytes = lit.bytes;
    if (lit.f) {
      fmode = true;
      new FString(t, lit, parseExpr, loc).parse(parts, 0);
    } else parts.text += decode(loc, t.text.slice(lit.body, lit.end), lit.raw, lit.bytes);
  });
  if (bytes) return { type: "Constant", value: { t: "bytes", value: parts.text }, kind: null, ...loc };
  if (!fmode) return { type: "Constant", value: { t: "str", value: parts.text }, kind: parts.kind, ...loc };
  parts.flush();
  return { type: "JoinedStr", values: parts.values, ...loc };
}

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v";
const CLOSE: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** One f-string token's text, read from `i` on. */
class FString {
  private i: number;
  private readonly text: string;
  private readonly tokenLoc: Loc;

  constructor(private readonly t: Token, private readonly lit: Literal, private readonly parseExpr: ExprParser, private readonly loc: Loc) {
    this.i = lit.body;
    this.text = t.text;
    this.tokenLoc = { line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
  }

  private fail(message: string): never {
    return errorAt(this.loc, message);
  }

  /** Literal text and replacement fields into `parts`, up to the end of the body or (in a format spec, depth > 0) a `}`. */
  parse(parts: Parts, depth: number): void {
    const text = this.text;
    const end = this.lit.end;
    for (;;) {
      // the literal text up to a replacement field (or a doubled brace, which ends a piece of it)
      const start = this.i;
      let doubled = false;
      while (this.i < end) {
        const c = text.charAt(this.i);
        if (c === "\\" && !this.lit.raw) {
          const e = text.charAt(this.i + 1);
          if (e === "N" && text.charAt(this.i + 2) === "{") {
            const close = text.indexOf("}", this.i + 3);
            this.i = close < 0 || close >= end ? end : close + 1; // \N{NAME}: its braces are no field
            continue;
          }
          if (e !== "{" && e !== "}") {
            this.i += 2;
            continue;
          }
          this.i++;
          continue;
        }
        if (c === "{" || c === "}") {
          if (depth === 0 && this.i + 1 < end && text.charAt(this.i + 1) === c) {
            doubled = true;
            break;
          }
          if (depth === 0 && c === "}") this.fail("f-string: single '}' is not allowed");
          break;
        }
        this.i++;
      }
      parts.text += decode(this.loc, text.slice(start, doubled ? this.i + 1 : this.i), this.lit.raw, false);
      if (doubled) {
        this.i += 2;
        continue;
      }
      if (this.i >= end || text.charAt(this.i) === "}") return;
      this.field(parts, depth);
    }
  }

  /** A replacement field `{expr[=][!c][:spec]}` at `{`. */
  private field(parts: Parts, depth: number): void {
    const text = this.text;
    const end = this.lit.end;
    if (depth >= 2) this.fail("f-string: expressions nested too deeply");
    const brace = this.i++;
    const start = this.i;
    const stack: string[] = [];
    let quote = "";
    let triple = false;
    for (; this.i < end; this.i++) {
      const c = text.charAt(this.i);
      if (c === "\\") this.fail("f-string expression part cannot include a backslash");
      if (quote !== "") {
        if (c !== quote) continue;
        if (!triple) quote = "";
        else if (text.charAt(this.i + 1) === c && text.charAt(this.i + 2) === c) {
          this.i += 2;
          quote = "";
        }
        continue;
      }
      if (c === "'" || c === '"') {
        triple = this.i + 2 < end && text.charAt(this.i + 1) === c && text.charAt(this.i + 2) === c;
        if (triple) this.i += 2;
        quote = c;
      } else if (c === "(" || c === "[" || c === "{") {
        stack.push(c);
      } else if (c === "#") {
        this.fail("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (c === "!" || c === ":" || c === "}" || c === "=" || c === "<" || c === ">")) {
        const next = this.i + 1 < end ? text.charAt(this.i + 1) : "";
        if (next === "=" && c !== ":" && c !== "}") this.i++; // != == <= >=: operators, not the field's syntax
        else if (c !== "<" && c !== ">") break;
      } else if (c === ")" || c === "]" || c === "}") {
        const open = stack.pop();
        if (open === undefined) this.fail(`f-string: unmatched '${c}'`);
        if (CLOSE[open] !== c) this.fail(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
      }
    }
    if (quote !== "") this.fail("f-string: unterminated string");
    if (stack.length > 0) this.fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (this.i >= end) this.fail("f-string: expecting '}'");
    const source = text.slice(start, this.i);
    if (source.trim() === "") this.fail("f-string: empty expression not allowed");
    const value = this.expression(brace, source);
    let conversion = -1;
    let format_spec: Expr | null = null;
    let debug: string | null = null;
    if (text.charAt(this.i) === "=") {
      this.i++;
      while (this.i < end && isSpace(text.charAt(this.i))) this.i++;
      if (this.i >= end) this.fail("f-string: expecting '}'");
      debug = text.slice(start, this.i);
    }
    if (text.charAt(this.i) === "!") {
      this.i++;
      if (this.i >= end) this.fail("f-string: expecting '}'");
      const c = text.charAt(this.i++);
      if (c !== "s" && c !== "r" && c !== "a") this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c.charCodeAt(0);
    }
    if (this.i < end && text.charAt(this.i) === ":") {
      this.i++;
      if (this.i >= end) this.fail("f-string: expecting '}'");
      const spec = new Parts(this.tokenLoc, null);
      this.parse(spec, depth + 1);
      spec.flush();
      format_spec = { type: "JoinedStr", values: spec.values, ...this.tokenLoc };
    }
    if (this.i >= end || text.charAt(this.i) !== "}") this.fail("f-string: expecting '}'");
    this.i++;
    if (debug !== null && format_spec === null && conversion === -1) conversion = "r".charCodeAt(0);
    if (debug !== null) parts.text += debug;
    parts.flush();
    parts.values.push({ type: "FormattedValue", value, conversion, format_spec, ...this.loc });
  }

  /**
   * The expression of the field whose `{` is at `brace`, parsed as CPython
   * 3.11 does: its text in parentheses, the parenthesis where the `{` is
   * (or, when only blanks follow the `{` on its line, at the start of it).
   */
  private expression(brace: number, source: string): Expr {
    const text = this.text;
    let lines = 0;
    let lineStart = -1;
    for (let k = 0; k < brace; k++) {
      if (text.charAt(k) === "\n") {
        lines++;
        lineStart = k;
      }
    }
    let blankAfter = true;
    for (let k = brace + 1; k < text.length && text.charAt(k) !== "}" && text.charAt(k) !== "\n"; k++) {
      const c = text.charAt(k);
      if (c !== " " && c !== "\t" && c !== "\f") {
        blankAfter = false;
        break;
      }
    }
    const cols = blankAfter ? 0 : brace - lineStart - 1;
    return this.parseExpr(source, this.t.line + lines, lines === 0 ? this.t.col + cols : cols);
  }
}

/** Python's escape sequences in a str or bytes literal's text. */
export function unescape(s: string, bytes: boolean): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\r") {
      out += "\n";
      if (s.charAt(i + 1) === "\n") i++;
      continue;
    }
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = s.charAt(++i);
    switch (e) {
      case "\n":
        break;
      case "\r":
        if (s.charAt(i + 1) === "\n") i++;
        break;
      case "\\": case "'": case '"':
        out += e;
        break;
      case "a": out += "\x07"; break;
      case "b": out += "\b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "v": out += "\v"; break;
      case "x": {
        out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      }
      case "u":
      case "U": {
        if (bytes) {
          out += "\\" + e;
          break;
        }
        const n = e === "u" ? 4 : 8;
        out += fromCode(parseInt(s.slice(i + 1, i + 1 + n), 16));
        i += n;
        break;
      }
      default:
        if (e >= "0" && e <= "7") {
          let k = i;
          while (k < i + 3 && s.charAt(k) >= "0" && s.charAt(k) <= "7") k++;
          out += String.fromCharCode(parseInt(s.slice(i, k), 8));
          i = k - 1;
        } else if (e === "N" && !bytes) {
          const brace = s.charAt(i + 1) === "{";
          const close = brace ? s.indexOf("}", i + 2) : -1;
          const code = close < 0 ? -1 : unicodeName(s.slice(i + 2, close));
          if (code < 0) {
            const what = close < 0 ? "malformed \\N character escape" : "unknown Unicode character name";
            const last = close >= 0 ? close : brace ? s.length - 1 : i;
            throw new PySyntaxError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${last}: ${what}`, "SyntaxError", 0, 0);
          }
          out += fromCode(code);
          i = close;
        } else out += "\\" + e; // an unknown escape stays as written
    }
  }
  return out;
}

function fromCode(code: number): string {
  return code > 0xffff ? String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)) : String.fromCharCode(code);
}
