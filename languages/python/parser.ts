// The Python parser: tokens to CPython 3.11's AST (languages/python/ast.ts),
// by recursive descent over the precedence levels of CPython's grammar
// (Grammar/python.gram).  So far: expressions (`parseExpression`, the
// `eval` mode of compile()); statements come next.  String literals are
// decoded here (escapes, adjacent literals joined); f-strings are not yet.
import type { Arg, Arguments, Comprehension, Expr, ExprContext, Keyword, PyConst } from "./ast.ts";
import { toDecimal } from "./ast.ts";
import { PySyntaxError, tokenize, type Token } from "./tokenizer.ts";

const COMPARE: Record<string, string> = { "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE" };
const BINARY_LEVELS: Record<string, string>[] = [
  { "|": "BitOr" },
  { "^": "BitXor" },
  { "&": "BitAnd" },
  { "<<": "LShift", ">>": "RShift" },
  { "+": "Add", "-": "Sub" },
  { "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult" },
];
const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
  "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

export class Parser {
  protected i = 0;

  constructor(protected readonly tokens: Token[]) {}

  // ---- tokens --------------------------------------------------------------------------------------
  protected peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
  }

  protected isOp(op: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === "OP" && t.text === op;
  }

  protected isWord(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === "NAME" && t.text === w;
  }

  protected eatOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.i++;
    return true;
  }

  protected eatWord(w: string): boolean {
    if (!this.isWord(w)) return false;
    this.i++;
    return true;
  }

  protected fail(t: Token = this.peek(), message = "invalid syntax"): never {
    throw new PySyntaxError(message, "SyntaxError", t.line, t.col + 1);
  }

  protected expectOp(op: string): void {
    if (!this.eatOp(op)) this.fail();
  }

  protected name(): string {
    const t = this.peek();
    if (t.kind !== "NAME" || KEYWORDS.has(t.text)) this.fail();
    this.i++;
    return t.text;
  }

  // ---- entry points ----------------------------------------------------------------------------------
  /** compile(src, ..., "eval"): an expression list, then only NEWLINEs. */
  evalInput(): Expr {
    const e = this.starExpressions();
    while (this.peek().kind === "NEWLINE") this.i++;
    if (this.peek().kind !== "ENDMARKER") this.fail();
    return e;
  }

  /** `a, *b, c` (a tuple when there is a comma) or one expression. */
  starExpressions(): Expr {
    const first = this.starExpression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atExpressionEnd()) break;
      elts.push(this.starExpression());
    }
    return { type: "Tuple", elts, ctx: "Load" };
  }

  protected atExpressionEnd(): boolean {
    const t = this.peek();
    return t.kind === "NEWLINE" || t.kind === "ENDMARKER" || (t.kind === "OP" && [")", "]", "}", "=", ":", ";"].includes(t.text)) || this.isWord("for") || this.isWord("in");
  }

  protected starExpression(): Expr {
    if (this.eatOp("*")) return { type: "Starred", value: this.bitwiseOr(), ctx: "Load" };
    return this.expression();
  }

  /** namedexpr: NAME ':=' expression | expression */
  protected namedExpression(): Expr {
    if (this.peek().kind === "NAME" && this.isOp(":=", 1)) {
      const id = this.name();
      this.i++;
      return { type: "NamedExpr", target: { type: "Name", id, ctx: "Store" }, value: this.expression() };
    }
    return this.expression();
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  expression(): Expr {
    if (this.isWord("lambda")) return this.lambda();
    const body = this.disjunction();
    if (!this.eatWord("if")) return body;
    const test = this.disjunction();
    if (!this.eatWord("else")) this.fail(this.peek(), "expected 'else' after 'if' expression");
    return { type: "IfExp", test, body, orelse: this.expression() };
  }

  private lambda(): Expr {
    this.i++; // lambda
    const args = this.parameters(":", false);
    this.expectOp(":");
    return { type: "Lambda", args, body: this.expression() };
  }

  /** The parameters of a lambda (no annotations) or def (annotations when `annotated`), up to `close`. */
  protected parameters(close: string, annotated: boolean): Arguments {
    const a: Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let star = false;
    const param = (): Arg => {
      const arg = this.name();
      return { arg, annotation: annotated && this.eatOp(":") ? this.expression() : null };
    };
    while (!this.isOp(close)) {
      if (this.eatOp("/")) {
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.eatOp("**")) {
        a.kwarg = param();
      } else if (this.eatOp("*")) {
        star = true;
        if (!this.isOp(",") && !this.isOp(close)) a.vararg = param();
      } else {
        const p = param();
        const d = this.eatOp("=") ? this.expression() : null;
        if (star) {
          a.kwonlyargs.push(p);
          a.kw_defaults.push(d);
        } else {
          a.args.push(p);
          if (d) a.defaults.push(d);
          else if (a.defaults.length > 0) this.fail(this.peek(), "non-default argument follows default argument");
        }
      }
      if (!this.eatOp(",")) break;
    }
    return a;
  }

  private disjunction(): Expr {
    return this.boolOp("or", "Or", () => this.conjunction());
  }

  private conjunction(): Expr {
    return this.boolOp("and", "And", () => this.inversion());
  }

  /** `a or b or c` (one BoolOp of all the operands), or the one operand. */
  private boolOp(word: string, op: "Or" | "And", operand: () => Expr): Expr {
    const first = operand();
    if (!this.isWord(word)) return first;
    const values = [first];
    while (this.eatWord(word)) values.push(operand());
    return { type: "BoolOp", op, values };
  }

  private inversion(): Expr {
    if (this.eatWord("not")) return { type: "UnaryOp", op: "Not", operand: this.inversion() };
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.bitwiseOr();
    const ops: string[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const t = this.peek();
      let op: string | null = null;
      if (t.kind === "OP" && t.text in COMPARE) {
        op = COMPARE[t.text];
        this.i++;
      } else if (this.isWord("in")) {
        op = "In";
        this.i++;
      } else if (this.isWord("not") && this.isWord("in", 1)) {
        op = "NotIn";
        this.i += 2;
      } else if (this.isWord("is")) {
        this.i++;
        op = this.eatWord("not") ? "IsNot" : "Is";
      }
      if (op === null) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    return ops.length === 0 ? left : { type: "Compare", left, ops, comparators };
  }

  private bitwiseOr(): Expr {
    return this.binary(0);
  }

  /** The binary operators of level `level` and above (| ^ & shifts sums terms), left-associative. */
  private binary(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.factor();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      const ops = BINARY_LEVELS[level];
      const op = t.kind === "OP" && t.text in ops ? ops[t.text] : null;
      if (op === null) return left;
      this.i++;
      left = { type: "BinOp", left, op, right: this.binary(level + 1) };
    }
  }

  private factor(): Expr {
    const t = this.peek();
    if (t.kind === "OP" && (t.text === "+" || t.text === "-" || t.text === "~")) {
      this.i++;
      return { type: "UnaryOp", op: t.text === "+" ? "UAdd" : t.text === "-" ? "USub" : "Invert", operand: this.factor() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.awaitPrimary();
    if (!this.eatOp("**")) return base;
    return { type: "BinOp", left: base, op: "Pow", right: this.factor() };
  }

  private awaitPrimary(): Expr {
    if (this.eatWord("await")) return { type: "Await", value: this.primary() };
    return this.primary();
  }

  /** An atom and its trailers: `.name`, `(args)`, `[slices]`. */
  private primary(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.eatOp(".")) e = { type: "Attribute", value: e, attr: this.name(), ctx: "Load" };
      else if (this.eatOp("(")) e = this.callArguments(e);
      else if (this.eatOp("[")) {
        const slice = this.slices();
        this.expectOp("]");
        e = { type: "Subscript", value: e, slice, ctx: "Load" };
      } else return e;
    }
  }

  protected callArguments(func: Expr): Expr {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let unpackedKeywords = false;
    while (!this.isOp(")")) {
      const t = this.peek();
      if (this.eatOp("**")) {
        keywords.push({ arg: null, value: this.expression() });
        unpackedKeywords = true;
      } else if (this.eatOp("*")) {
        if (unpackedKeywords) this.fail(t, "iterable argument unpacking follows keyword argument unpacking");
        args.push({ type: "Starred", value: this.expression(), ctx: "Load" });
      }
      else if (this.peek().kind === "NAME" && this.isOp("=", 1)) {
        const arg = this.name();
        this.i++;
        keywords.push({ arg, value: this.expression() });
      } else {
        if (keywords.length > 0) this.fail(t, unpackedKeywords ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        const a = this.namedExpression();
        // f(x for x in y): a generator expression, the only argument
        if (this.isWord("for") || this.isWord("async")) args.push({ type: "GeneratorExp", elt: a, generators: this.comprehensions() });
        else args.push(a);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return { type: "Call", func, args, keywords };
  }

  /** The inside of `x[...]`: one slice or expression, or a tuple of them. */
  private slices(): Expr {
    const first = this.slice();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.slice());
    }
    return { type: "Tuple", elts, ctx: "Load" };
  }

  private slice(): Expr {
    if (this.isOp("*")) return this.starExpression();
    const lower = this.isOp(":") ? null : this.namedExpression();
    if (!this.eatOp(":")) return lower!;
    const upper = this.isOp(":") || this.isOp("]") || this.isOp(",") ? null : this.expression();
    let step: Expr | null = null;
    if (this.eatOp(":") && !this.isOp("]") && !this.isOp(",")) step = this.expression();
    return { type: "Slice", lower, upper, step };
  }

  private comprehensions(): Comprehension[] {
    const out: Comprehension[] = [];
    for (;;) {
      const isAsync = this.eatWord("async") ? 1 : 0;
      if (!this.eatWord("for")) {
        if (isAsync) this.fail();
        return out;
      }
      const target = this.targetList();
      if (!this.eatWord("in")) this.fail();
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eatWord("if")) ifs.push(this.disjunction());
      out.push({ target, iter, ifs, is_async: isAsync });
    }
  }

  /** `for a, (b, c) in ...`: the target, as a Store context tree. */
  protected targetList(): Expr {
    const first = this.starTarget();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isWord("in") || this.isOp("=")) break;
      elts.push(this.starTarget());
    }
    return { type: "Tuple", elts, ctx: "Store" };
  }

  private starTarget(): Expr {
    if (this.eatOp("*")) return { type: "Starred", value: this.store(this.bitwiseOr()), ctx: "Store" };
    return this.store(this.bitwiseOr());
  }

  /** An expression as an assignment target (CPython's Store context), or "cannot assign to ...". */
  store(e: Expr, ctx: ExprContext = "Store"): Expr {
    switch (e.type) {
      case "Name":
        return { type: "Name", id: e.id, ctx };
      case "Attribute":
        return { type: "Attribute", value: e.value, attr: e.attr, ctx };
      case "Subscript":
        return { type: "Subscript", value: e.value, slice: e.slice, ctx };
      case "Starred":
        return { type: "Starred", value: this.store(e.value, ctx), ctx };
      case "List":
      case "Tuple":
        return { type: e.type, elts: e.elts.map((x) => this.store(x, ctx)), ctx };
    }
    return this.fail(this.peek(-1), "cannot assign to expression");
  }

  // ---- atoms -----------------------------------------------------------------------------------------
  private atom(): Expr {
    const t = this.peek();
    const constant = (value: PyConst): Expr => ({ type: "Constant", value, kind: null });
    if (t.kind === "NAME") {
      this.i++;
      if (t.text === "None") return constant({ t: "None" });
      if (t.text === "True" || t.text === "False") return constant({ t: "bool", value: t.text === "True" });
      if (KEYWORDS.has(t.text)) this.fail(t);
      return { type: "Name", id: t.text, ctx: "Load" };
    }
    if (t.kind === "NUMBER") {
      this.i++;
      return constant(numberValue(t.text));
    }
    if (t.kind === "STRING") return this.strings();
    if (t.kind === "OP") {
      if (t.text === "...") {
        this.i++;
        return constant({ t: "Ellipsis" });
      }
      if (t.text === "(") return this.parenthesized();
      if (t.text === "[") return this.listDisplay();
      if (t.text === "{") return this.braceDisplay();
    }
    return this.fail(t);
  }

  private parenthesized(): Expr {
    this.i++; // (
    if (this.eatOp(")")) return { type: "Tuple", elts: [], ctx: "Load" };
    if (this.isWord("yield")) {
      const y = this.yieldExpression();
      this.expectOp(")");
      return y;
    }
    const first = this.isOp("*") ? this.starExpression() : this.namedExpression();
    if (this.isWord("for") || this.isWord("async")) {
      const generators = this.comprehensions();
      this.expectOp(")");
      return { type: "GeneratorExp", elt: first, generators };
    }
    if (this.eatOp(")")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      elts.push(this.isOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp(")");
    return { type: "Tuple", elts, ctx: "Load" };
  }

  protected yieldExpression(): Expr {
    this.i++; // yield
    if (this.eatWord("from")) return { type: "YieldFrom", value: this.expression() };
    if (this.atExpressionEnd()) return { type: "Yield", value: null };
    return { type: "Yield", value: this.starExpressions() };
  }

  private listDisplay(): Expr {
    this.i++; // [
    const elts: Expr[] = [];
    if (!this.isOp("]")) {
      const first = this.isOp("*") ? this.starExpression() : this.namedExpression();
      if (this.isWord("for") || this.isWord("async")) {
        const generators = this.comprehensions();
        this.expectOp("]");
        return { type: "ListComp", elt: first, generators };
      }
      elts.push(first);
      while (this.eatOp(",")) {
        if (this.isOp("]")) break;
        elts.push(this.isOp("*") ? this.starExpression() : this.namedExpression());
      }
    }
    this.expectOp("]");
    return { type: "List", elts, ctx: "Load" };
  }

  /** `{...}`: a dict, set, or their comprehensions (the first item decides which). */
  private braceDisplay(): Expr {
    this.i++; // {
    if (this.eatOp("}")) return { type: "Dict", keys: [], values: [] };
    const dictItem = (): [Expr | null, Expr] => {
      if (this.eatOp("**")) return [null, this.bitwiseOr()];
      const k = this.expression();
      this.expectOp(":");
      return [k, this.expression()];
    };
    let first: [Expr | null, Expr] | null = null;
    let firstElt: Expr | null = null;
    if (this.isOp("**")) first = dictItem();
    else {
      const e = this.isOp("*") ? this.starExpression() : this.namedExpression();
      if (this.eatOp(":")) first = [e, this.expression()];
      else firstElt = e;
    }
    if (first !== null) {
      const [k, v] = first;
      if (k !== null && (this.isWord("for") || this.isWord("async"))) {
        const generators = this.comprehensions();
        this.expectOp("}");
        return { type: "DictComp", key: k, value: v, generators };
      }
      const keys: (Expr | null)[] = [k];
      const values: Expr[] = [v];
      while (this.eatOp(",")) {
        if (this.isOp("}")) break;
        const [k2, v2] = dictItem();
        keys.push(k2);
        values.push(v2);
      }
      this.expectOp("}");
      return { type: "Dict", keys, values };
    }
    const elt = firstElt!;
    if (this.isWord("for") || this.isWord("async")) {
      const generators = this.comprehensions();
      this.expectOp("}");
      return { type: "SetComp", elt, generators };
    }
    const elts = [elt];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      elts.push(this.isOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp("}");
    return { type: "Set", elts };
  }

  /** Adjacent string literals, joined (str with str, bytes with bytes). */
  private strings(): Expr {
    let text = "";
    let bytes: boolean | null = null;
    let kind: string | null = null;
    while (this.peek().kind === "STRING") {
      const t = this.peek();
      const lit = stringLiteral(t);
      if (bytes !== null && lit.bytes !== bytes) this.fail(t, "cannot mix bytes and nonbytes literals");
      if (bytes === null && lit.u) kind = "u";
      bytes = lit.bytes;
      text += lit.value;
      this.i++;
    }
    return { type: "Constant", value: bytes ? { t: "bytes", value: text } : { t: "str", value: text }, kind };
  }
}

/** The value of a NUMBER token. */
export function numberValue(text: string): PyConst {
  const s = text.replace(/_/g, "");
  const lower = s.toLowerCase();
  if (lower.endsWith("j")) return { t: "complex", imag: Number(s.slice(0, -1)) };
  if (lower.startsWith("0x")) return { t: "int", digits: toDecimal(s.slice(2), 16) };
  if (lower.startsWith("0o")) return { t: "int", digits: toDecimal(s.slice(2), 8) };
  if (lower.startsWith("0b")) return { t: "int", digits: toDecimal(s.slice(2), 2) };
  if (/[.e]/.test(lower)) return { t: "float", value: Number(s) };
  return { t: "int", digits: s.replace(/^0+(?=\d)/, "") };
}

/** A string token's value: its prefix read, escapes decoded (none in raw strings). */
function stringLiteral(t: Token): { value: string; bytes: boolean; u: boolean } {
  const text = t.text;
  let p = 0;
  while (text.charAt(p) !== "'" && text.charAt(p) !== '"') p++;
  const prefix = text.slice(0, p).toLowerCase();
  if (prefix.includes("f")) throw new PySyntaxError("f-strings are not supported yet", "SyntaxError", t.line, t.col + 1);
  const q = text.charAt(p);
  const triple = text.charAt(p + 1) === q && text.charAt(p + 2) === q && text.length >= p + 6;
  const body = triple ? text.slice(p + 3, -3) : text.slice(p + 1, -1);
  const bytes = prefix.includes("b");
  const raw = prefix.includes("r");
  try {
    return { value: raw ? body.replace(/\r\n?/g, "\n") : unescape(body, bytes), bytes, u: prefix === "u" };
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PySyntaxError(e.message, "SyntaxError", t.line, t.col + 1);
    throw e;
  }
}

/** Python's escape sequences (\N{name} is not supported yet). */
function unescape(s: string, bytes: boolean): string {
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
        const code = parseInt(s.slice(i + 1, i + 1 + n), 16);
        out += code > 0xffff ? String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)) : String.fromCharCode(code);
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
          throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: \\N{...} escapes are not supported yet", "SyntaxError", 0, 0);
        } else out += "\\" + e; // an unknown escape stays as written
    }
  }
  return out;
}

/** compile(src, "<string>", "eval")'s tree: the expression. */
export function parseExpression(src: string): Expr {
  return new Parser(tokenize(src)).evalInput();
}
