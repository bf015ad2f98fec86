// The Python tokenizer: source text to the tokens CPython 3.11's parser
// reads — NAME, NUMBER, STRING (f-strings whole, as 3.11 has them), OP,
// NEWLINE, INDENT, DEDENT, ENDMARKER — with CPython's rules for logical
// lines (backslash continuation, implicit joining inside brackets, blank
// and comment-only lines ignored), indentation (tabs to multiples of 8,
// checked for consistency as CPython does) and its SyntaxError messages.
// Comments are dropped.  Written in RTS: it runs on Node in the tests and is
// translated with the interpreter.

/**
 * ERRORTOKEN (tokenize(src, true) only): the input ended inside brackets.
 * The parser reports it (its text the message) only if it reads that far:
 * CPython's parser takes tokens as it goes, so `def f(:` is an invalid
 * syntax at the `:`, `x = (1,` an unclosed `(`.
 */
export type TokenKind = "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "ENDMARKER" | "ERRORTOKEN";

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based line and 0-based column of the first character, as CPython reports them. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A SyntaxError (or IndentationError / TabError, by `kind`) at a 1-based line and column. */
export class PySyntaxError extends Error {
  constructor(
    message: string,
    readonly kind: "SyntaxError" | "IndentationError" | "TabError",
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
    this.name = kind;
  }
}

const OPERATORS = [
  "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
  "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
  "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
];
const CLOSING: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const STRING_PREFIXES = new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);
const TAB = 8;

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/**
 * A character that may start a name: ASCII letters and `_`, and beyond
 * ASCII the letters (an approximation of Unicode's XID_Start: characters
 * with case, and the large scripts without it).
 */
function isNameStart(c: string): boolean {
  if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_") return true;
  const u = c.charCodeAt(0);
  if (u < 0xaa) return false;
  if (c.toUpperCase() !== c.toLowerCase()) return true;
  return (u >= 0x5d0 && u <= 0x6ff) || (u >= 0x900 && u <= 0xdff) || (u >= 0xe00 && u <= 0xeff) || (u >= 0x3040 && u <= 0x30ff) ||
    (u >= 0x3400 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7af) || (u >= 0xd800 && u <= 0xdfff) || u === 0xaa || u === 0xba;
}

function isNameChar(c: string): boolean {
  const u = c.charCodeAt(0);
  return isNameStart(c) || isDigit(c) || (u >= 0x300 && u <= 0x36f) || u === 0xb7;
}

export class Tokenizer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  /** Indentation levels (columns with tabs to multiples of 8, and counting a tab as 1: CPython's two views). */
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  /** Open brackets and where they were opened. */
  private readonly brackets: { ch: string; line: number; col: number }[] = [];

  constructor(
    private readonly src: string,
    /** An unclosed bracket at the end is an ERRORTOKEN, not an error at once. */
    private readonly deferUnclosed = false,
  ) {}

  private get col(): number {
    return this.pos - this.lineStart;
  }

  /** (col: CPython's offset, which for the tokenizer's own errors is the index of its cursor on the line) */
  private error(message: string, line: number = this.line, col: number = this.col, kind: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError"): never {
    throw new PySyntaxError(message, kind, line, col);
  }

  private push(kind: TokenKind, start: number, startLine: number, startCol: number): void {
    this.tokens.push({ kind, text: this.src.slice(start, this.pos), line: startLine, col: startCol, endLine: this.line, endCol: this.col });
  }

  private newline(): void {
    this.line++;
    this.lineStart = this.pos;
  }

  tokenize(): Token[] {
    const src = this.src;
    let atLineStart = true;
    while (this.pos < src.length) {
      if (atLineStart && this.brackets.length === 0) {
        if (this.indentation()) continue; // a blank or comment-only line: the next one starts a logical line
        atLineStart = false;
      }
      const c = src.charAt(this.pos);
      if (c === " " || c === "\t" || c === "\f") {
        this.pos++;
      } else if (c === "#") {
        while (this.pos < src.length && src.charAt(this.pos) !== "\n" && src.charAt(this.pos) !== "\r") this.pos++;
      } else if (c === "\n" || c === "\r") {
        const start = this.pos;
        const startCol = this.col;
        this.pos += c === "\r" && src.charAt(this.pos + 1) === "\n" ? 2 : 1;
        if (this.brackets.length === 0) {
          this.tokens.push({ kind: "NEWLINE", text: src.slice(start, this.pos), line: this.line, col: startCol, endLine: this.line, endCol: startCol + 1 });
          atLineStart = true;
        }
        this.newline();
      } else if (c === "\\") {
        this.continuation();
      } else if (isDigit(c) || (c === "." && isDigit(src.charAt(this.pos + 1)))) {
        this.number();
      } else if (isNameStart(c)) {
        this.nameOrString();
      } else if (c === '"' || c === "'") {
        this.string(this.pos);
      } else {
        this.operator();
      }
    }
    this.finish();
    return this.tokens;
  }

  /** At the start of a logical line: its indentation (INDENT/DEDENT tokens); true for a blank or comment-only line. */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let alt = 0;
    const start = this.pos;
    for (;;) {
      const c = src.charAt(this.pos);
      if (c === " ") {
        col++;
        alt++;
      } else if (c === "\t") {
        col = (Math.floor(col / TAB) + 1) * TAB;
        alt++;
      } else if (c === "\f") {
        col = 0;
        alt = 0;
      } else break;
      this.pos++;
    }
    const c = src.charAt(this.pos);
    if (c === "" || c === "#" || c === "\n" || c === "\r" || (c === "\\" && this.isContinuationAt(this.pos))) {
      if (c === "\\") return false; // (a continuation line carries on where the indentation stopped)
      while (this.pos < src.length && src.charAt(this.pos) !== "\n" && src.charAt(this.pos) !== "\r") this.pos++;
      if (this.pos < src.length) {
        this.pos += src.charAt(this.pos) === "\r" && src.charAt(this.pos + 1) === "\n" ? 2 : 1;
        this.newline();
      }
      return true;
    }
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col > top) {
      if (alt <= altTop) this.error("inconsistent use of tabs and spaces in indentation", this.line, 1, "TabError");
      this.indents.push(col);
      this.altIndents.push(alt);
      this.tokens.push({ kind: "INDENT", text: src.slice(start, this.pos), line: this.line, col: 0, endLine: this.line, endCol: this.col });
    } else if (col === top) {
      if (alt !== altTop) this.error("inconsistent use of tabs and spaces in indentation", this.line, 1, "TabError");
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.tokens.push({ kind: "DEDENT", text: "", line: this.line, col: this.col, endLine: this.line, endCol: this.col });
      }
      // (CPython reports the end of the line: its cursor jumps there)
      if (col !== this.indents[this.indents.length - 1]) this.error("unindent does not match any outer indentation level", this.line, this.lineLength(), "IndentationError");
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.error("inconsistent use of tabs and spaces in indentation", this.line, 1, "TabError");
    }
    return false;
  }

  /** The length of the current line, its newline included. */
  private lineLength(): number {
    let i = this.lineStart;
    while (i < this.src.length && this.src.charAt(i) !== "\n") i++;
    return i - this.lineStart + (i < this.src.length ? 1 : 0);
  }

  private isContinuationAt(i: number): boolean {
    const next = this.src.charAt(i + 1);
    return next === "\n" || next === "\r" || next === "";
  }

  /** A backslash ending a line joins it with the next. */
  private continuation(): void {
    if (!this.isContinuationAt(this.pos)) this.error("unexpected character after line continuation character", this.line, this.col + 2);
    this.pos++;
    if (this.pos >= this.src.length) this.error("unexpected EOF while parsing", this.line, this.col);
    this.pos += this.src.charAt(this.pos) === "\r" && this.src.charAt(this.pos + 1) === "\n" ? 2 : 1;
    if (this.pos >= this.src.length) this.error("unexpected EOF while parsing", this.line, this.col);
    this.newline();
  }

  private digits(ok: (c: string) => boolean, what: string): void {
    const src = this.src;
    for (;;) {
      while (this.pos < src.length && ok(src.charAt(this.pos))) this.pos++;
      if (src.charAt(this.pos) !== "_") return;
      this.pos++;
      if (!ok(src.charAt(this.pos))) this.error(`invalid ${what} literal`);
    }
  }

  private number(): void {
    const src = this.src;
    const start = this.pos;
    const startCol = this.col;
    const c1 = (src.charAt(this.pos + 1)).toLowerCase();
    if (src.charAt(this.pos) === "0" && (c1 === "x" || c1 === "o" || c1 === "b")) {
      this.pos += 2;
      if (src.charAt(this.pos) === "_") this.pos++;
      const ok = c1 === "x" ? (c: string) => isDigit(c) || (c.toLowerCase() >= "a" && c.toLowerCase() <= "f") : c1 === "o" ? (c: string) => c >= "0" && c <= "7" : (c: string) => c === "0" || c === "1";
      const what = c1 === "x" ? "hexadecimal" : c1 === "o" ? "octal" : "binary";
      if (!ok(src.charAt(this.pos))) {
        if (isDigit(src.charAt(this.pos))) this.error(`invalid digit '${src.charAt(this.pos)}' in ${what} literal`, this.line, this.col + 1);
        this.error(`invalid ${what} literal`);
      }
      this.digits(ok, what);
      if (isDigit(src.charAt(this.pos))) this.error(`invalid digit '${src.charAt(this.pos)}' in ${what} literal`, this.line, this.col + 1);
      this.endOfNumber(what);
    } else {
      let fraction = false;
      if (src.charAt(this.pos) !== ".") {
        this.digits(isDigit, "decimal");
        const text = src.slice(start, this.pos);
        fraction = src.charAt(this.pos) === "." || src.charAt(this.pos) === "e" || src.charAt(this.pos) === "E" || src.charAt(this.pos) === "j" || src.charAt(this.pos) === "J";
        if (!fraction && text.length > 1 && text[0] === "0" && /[1-9]/.test(text)) {
          this.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", this.line, startCol + 1);
        }
      }
      if (src.charAt(this.pos) === ".") {
        this.pos++;
        if (isDigit(src.charAt(this.pos))) this.digits(isDigit, "decimal");
      }
      let exponent = src.charAt(this.pos) === "e" || src.charAt(this.pos) === "E";
      if (exponent) {
        const save = this.pos;
        this.pos++;
        if (src.charAt(this.pos) === "+" || src.charAt(this.pos) === "-") {
          this.pos++;
          if (!isDigit(src.charAt(this.pos))) this.error("invalid decimal literal");
        } else if (!isDigit(src.charAt(this.pos))) {
          // `1else`: the number ends before the e (a keyword may follow a number)
          this.pos = save;
          exponent = false;
        }
        if (exponent) this.digits(isDigit, "decimal");
      }
      if (exponent || (src.charAt(this.pos) !== "e" && src.charAt(this.pos) !== "E")) {
        if (src.charAt(this.pos) === "j" || src.charAt(this.pos) === "J") this.pos++;
      }
      this.endOfNumber("decimal");
    }
    this.push("NUMBER", start, this.line, startCol);
  }

  /**
   * A name straight after a number is an error (`1abc`: "invalid decimal
   * literal"), except the keywords valid code has there (`1if x else 2`,
   * `[0for x in y]`), as CPython's verify_end_of_number decides.
   */
  private endOfNumber(kind: string): void {
    const src = this.src;
    const c = src.charAt(this.pos);
    if (!isNameChar(c)) return;
    const next = src.charAt(this.pos + 1);
    const keyword =
      (c === "a" && src.startsWith("nd", this.pos + 1)) || (c === "e" && src.startsWith("lse", this.pos + 1)) || (c === "f" && src.startsWith("or", this.pos + 1)) ||
      (c === "i" && (next === "f" || next === "n" || next === "s")) || (c === "o" && next === "r") || (c === "n" && src.startsWith("ot", this.pos + 1));
    if (!keyword) this.error(`invalid ${kind} literal`);
  }

  private nameOrString(): void {
    const src = this.src;
    const start = this.pos;
    const startCol = this.col;
    while (this.pos < src.length && isNameChar(src.charAt(this.pos))) this.pos++;
    const q = src.charAt(this.pos);
    if ((q === '"' || q === "'") && STRING_PREFIXES.has(src.slice(start, this.pos).toLowerCase())) return this.string(start);
    this.push("NAME", start, this.line, startCol);
  }

  /** A string literal from `start` (its prefix), the quote at pos. */
  private string(start: number): void {
    const src = this.src;
    const startLine = this.line;
    const startCol = start - this.lineStart;
    const q = src.charAt(this.pos);
    const triple = src.charAt(this.pos + 1) === q && src.charAt(this.pos + 2) === q;
    this.pos += triple ? 3 : 1;
    for (;;) {
      if (this.pos >= src.length) {
        const last = this.col === 0 && this.line > startLine ? this.line - 1 : this.line;
        if (triple) this.error(`unterminated triple-quoted string literal (detected at line ${last})`, startLine, startCol + 1);
        this.error(`unterminated string literal (detected at line ${startLine})`, startLine, startCol + 1);
      }
      const c = src.charAt(this.pos);
      if (c === "\\") {
        this.pos++;
        if (src.charAt(this.pos) === "\r" && src.charAt(this.pos + 1) === "\n") this.pos++;
        if (src.charAt(this.pos) === "\n" || src.charAt(this.pos) === "\r") {
          this.pos++;
          this.newline();
        } else this.pos++;
      } else if (c === "\n" || c === "\r") {
        if (!triple) this.error(`unterminated string literal (detected at line ${startLine})`, startLine, startCol + 1);
        this.pos += c === "\r" && src.charAt(this.pos + 1) === "\n" ? 2 : 1;
        this.newline();
      } else if (c === q && (!triple || (src.charAt(this.pos + 1) === q && src.charAt(this.pos + 2) === q))) {
        this.pos += triple ? 3 : 1;
        break;
      } else this.pos++;
    }
    this.tokens.push({ kind: "STRING", text: src.slice(start, this.pos), line: startLine, col: startCol, endLine: this.line, endCol: this.col });
  }

  private operator(): void {
    const src = this.src;
    const start = this.pos;
    const startCol = this.col;
    const op = OPERATORS.find((o) => src.startsWith(o, this.pos));
    if (op === undefined) {
      const c = src.charAt(this.pos);
      if (c === "!") this.error("invalid syntax", this.line, this.col + 1);
      const code = c.codePointAt(0)!;
      if (code < 128 && code >= 32) this.error("invalid syntax", this.line, this.col + 1);
      this.error(`invalid character '${src.slice(this.pos, this.pos + (code > 0xffff ? 2 : 1))}' (U+${code.toString(16).toUpperCase().padStart(4, "0")})`, this.line, this.col + 1);
    }
    this.pos += op.length;
    if (op === "(" || op === "[" || op === "{") this.brackets.push({ ch: op, line: this.line, col: startCol });
    const open = op in CLOSING ? CLOSING[op] : null;
    if (open !== null) {
      const top = this.brackets.pop();
      if (top === undefined) this.error(`unmatched '${op}'`, this.line, startCol + 1);
      if (top.ch !== open) {
        const where = top.line !== this.line ? ` on line ${top.line}` : "";
        this.error(`closing parenthesis '${op}' does not match opening parenthesis '${top.ch}'${where}`, this.line, startCol + 1);
      }
    }
    this.push("OP", start, this.line, startCol);
  }

  /** The end of the input: a NEWLINE ending the last line if it has none, the DEDENTs, ENDMARKER. */
  private finish(): void {
    const open = this.brackets.at(-1);
    if (open !== undefined) {
      const message = `'${open.ch}' was never closed`;
      if (!this.deferUnclosed) this.error(message, open.line, open.col + 1);
      this.tokens.push({ kind: "ERRORTOKEN", text: message, line: open.line, col: open.col, endLine: open.line, endCol: open.col + 1 });
      return;
    }
    const last = this.tokens.at(-1);
    if (last !== undefined && last.kind !== "NEWLINE" && last.kind !== "DEDENT" && last.kind !== "INDENT") {
      this.tokens.push({ kind: "NEWLINE", text: "", line: this.line, col: this.col, endLine: this.line, endCol: this.col + 1 });
    }
    const endLine = this.col === 0 ? this.line : this.line + 1;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.tokens.push({ kind: "DEDENT", text: "", line: endLine, col: 0, endLine, endCol: 0 });
    }
    this.tokens.push({ kind: "ENDMARKER", text: "", line: endLine, col: 0, endLine, endCol: 0 });
  }
}

/** The tokens of a Python source text (a PySyntaxError where CPython's tokenizer reports one; see ERRORTOKEN for `forParser`). */
export function tokenize(src: string, forParser = false): Token[] {
  return new Tokenizer(src, forParser).tokenize();
}
