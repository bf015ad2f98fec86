// The Python parser: tokens to CPython 3.11's AST (languages/python/ast.ts),
// by recursive descent over the precedence levels of CPython's grammar
// (Grammar/python.gram): expressions (`parseExpression`, the `eval` mode
// of compile()); statements.ts extends it.  String literals and f-strings
// are read by fstrings.ts.
import type { Arg, Arguments, Comprehension, Expr, ExprContext, Keyword, Loc, PyConst } from "./ast.ts";
import { toDecimal } from "./ast.ts";
import { joinStrings } from "./fstrings.ts";
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
    const t = this.tokens[Math.min(this.i + k, this.tokens.length - 1)];
    // (the input ended inside brackets, and the parse got there)
    if (t.kind === "ERRORTOKEN") throw new PySyntaxError(t.text, "SyntaxError", t.line, t.col + 1);
    return t;
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

  /** From token `start` to the end of the last token consumed (NEWLINE, INDENT and DEDENT skipped): a node's Loc. */
  protected loc(start: Token): Loc {
    let k = this.i - 1;
    while (k > 0 && (this.tokens[k].kind === "NEWLINE" || this.tokens[k].kind === "INDENT" || this.tokens[k].kind === "DEDENT")) k--;
    const end = this.tokens[Math.max(k, 0)];
    return { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol };
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
    const start = this.peek();
    const first = this.starExpression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atExpressionEnd()) break;
      elts.push(this.starExpression());
    }
    return { type: "Tuple", elts, ctx: "Load", ...this.loc(start) };
  }

  protected atExpressionEnd(): boolean {
    const t = this.peek();
    return t.kind === "NEWLINE" || t.kind === "ENDMARKER" || (t.kind === "OP" && [")", "]", "}", "=", ":", ";"].includes(t.text)) || this.isWord("for") || this.isWord("in");
  }

  protected starExpression(): Expr {
    const start = this.peek();
    if (this.eatOp("*")) return { type: "Starred", value: this.bitwiseOr(), ctx: "Load", ...this.loc(start) };
    return this.expression();
  }

  /** namedexpr: NAME ':=' expression | expression */
  protected namedExpression(): Expr {
    if (this.peek().kind === "NAME" && this.isOp(":=", 1)) {
      const start = this.peek();
      const id = this.name();
      const target: Expr = { type: "Name", id, ctx: "Store", ...this.loc(start) };
      this.i++;
      const value = this.expression();
      return { type: "NamedExpr", target, value, ...this.loc(start) };
    }
    return this.expression();
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  expression(): Expr {
    if (this.isWord("lambda")) return this.lambda();
    const start = this.peek();
    const body = this.disjunction();
    if (!this.eatWord("if")) return body;
    const test = this.disjunction();
    if (!this.eatWord("else")) this.fail(this.peek(), "expected 'else' after 'if' expression");
    const orelse = this.expression();
    return { type: "IfExp", test, body, orelse, ...this.loc(start) };
  }

  private lambda(): Expr {
    const start = this.peek();
    this.i++; // lambda
    const args = this.parameters(":", false);
    this.expectOp(":");
    const body = this.expression();
    return { type: "Lambda", args, body, ...this.loc(start) };
  }

  /** The parameters of a lambda (no annotations) or def (annotations when `annotated`), up to `close`. */
  protected parameters(close: string, annotated: boolean): Arguments {
    const a: Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let star = false;
    const param = (): Arg => {
      const start = this.peek();
      const arg = this.name();
      const annotation = annotated && this.eatOp(":") ? this.expression() : null;
      return { arg, annotation, line: start.line, col: start.col };
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
    const start = this.peek();
    const first = operand();
    if (!this.isWord(word)) return first;
    const values = [first];
    while (this.eatWord(word)) values.push(operand());
    return { type: "BoolOp", op, values, ...this.loc(start) };
  }

  private inversion(): Expr {
    const start = this.peek();
    if (this.eatWord("not")) {
      const operand = this.inversion();
      return { type: "UnaryOp", op: "Not", operand, ...this.loc(start) };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const start = this.peek();
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
    return ops.length === 0 ? left : { type: "Compare", left, ops, comparators, ...this.loc(start) };
  }

  private bitwiseOr(): Expr {
    return this.binary(0);
  }

  /** The binary operators of level `level` and above (| ^ & shifts sums terms), left-associative. */
  private binary(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.factor();
    const start = this.peek();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      const ops = BINARY_LEVELS[level];
      const op = t.kind === "OP" && t.text in ops ? ops[t.text] : null;
      if (op === null) return left;
      this.i++;
      const right = this.binary(level + 1);
      left = { type: "BinOp", left, op, right, ...this.loc(start) };
    }
  }

  private factor(): Expr {
    const t = this.peek();
    if (t.kind === "OP" && (t.text === "+" || t.text === "-" || t.text === "~")) {
      this.i++;
      const operand = this.factor();
      return { type: "UnaryOp", op: t.text === "+" ? "UAdd" : t.text === "-" ? "USub" : "Invert", operand, ...this.loc(t) };
    }
    return this.power();
  }

  private power(): Expr {
    const start = this.peek();
    const base = this.awaitPrimary();
    if (!this.eatOp("**")) return base;
    const right = this.factor();
    return { type: "BinOp", left: base, op: "Pow", right, ...this.loc(start) };
  }

  private awaitPrimary(): Expr {
    const start = this.peek();
    if (this.eatWord("await")) {
      const value = this.primary();
      return { type: "Await", value, ...this.loc(start) };
    }
    return this.primary();
  }

  /** An atom and its trailers: `.name`, `(args)`, `[slices]`. */
  private primary(): Expr {
    const start = this.peek();
    let e = this.atom();
    for (;;) {
      if (this.eatOp(".")) {
        const attr = this.name();
        e = { type: "Attribute", value: e, attr, ctx: "Load", ...this.loc(start) };
      } else if (this.eatOp("(")) e = this.callArguments(e, start);
      else if (this.eatOp("[")) {
        const slice = this.slices();
        this.expectOp("]");
        e = { type: "Subscript", value: e, slice, ctx: "Load", ...this.loc(start) };
      } else return e;
    }
  }

  /** After `func(`: the arguments and `)`; the Call starts at token `start`. */
  protected callArguments(func: Expr, start: Token): Expr {
    const open = this.tokens[this.i - 1];
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let unpackedKeywords = false;
    while (!this.isOp(")")) {
      const t = this.peek();
      if (this.eatOp("**")) {
        const value = this.expression();
        keywords.push({ arg: null, value, line: t.line, col: t.col });
        unpackedKeywords = true;
      } else if (this.eatOp("*")) {
        if (unpackedKeywords) this.fail(t, "iterable argument unpacking follows keyword argument unpacking");
        const value = this.expression();
        args.push({ type: "Starred", value, ctx: "Load", ...this.loc(t) });
      }
      else if (this.peek().kind === "NAME" && this.isOp("=", 1)) {
        const arg = this.name();
        this.i++;
        const value = this.expression();
        keywords.push({ arg, value, line: t.line, col: t.col });
      } else {
        if (keywords.length > 0) this.fail(t, unpackedKeywords ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        const a = this.namedExpression();
        // f(x for x in y): a generator expression, the only argument (its span is the call's parentheses)
        if (this.isWord("for") || this.isWord("async")) {
          const generators = this.comprehensions();
          const close = this.peek();
          args.push({ type: "GeneratorExp", elt: a, generators, line: open.line, col: open.col, endLine: close.endLine, endCol: close.endCol });
        } else args.push(a);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return { type: "Call", func, args, keywords, ...this.loc(start) };
  }

  /** The inside of `x[...]`: one slice or expression, or a tuple of them. */
  private slices(): Expr {
    const start = this.peek();
    const first = this.slice();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.slice());
    }
    return { type: "Tuple", elts, ctx: "Load", ...this.loc(start) };
  }

  private slice(): Expr {
    if (this.isOp("*")) return this.starExpression();
    const start = this.peek();
    const lower = this.isOp(":") ? null : this.namedExpression();
    if (!this.eatOp(":")) return lower!;
    const upper = this.isOp(":") || this.isOp("]") || this.isOp(",") ? null : this.expression();
    let step: Expr | null = null;
    if (this.eatOp(":") && !this.isOp("]") && !this.isOp(",")) step = this.expression();
    return { type: "Slice", lower, upper, step, ...this.loc(start) };
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
    const start = this.peek();
    const first = this.starTarget();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isWord("in") || this.isOp("=")) break;
      elts.push(this.starTarget());
    }
    return { type: "Tuple", elts, ctx: "Store", ...this.loc(start) };
  }

  private starTarget(): Expr {
    const start = this.peek();
    if (this.eatOp("*")) {
      const value = this.store(this.bitwiseOr());
      return { type: "Starred", value, ctx: "Store", ...this.loc(start) };
    }
    return this.store(this.bitwiseOr());
  }

  /** An expression as an assignment target (CPython's Store context), or "cannot assign to ...". */
  store(e: Expr, ctx: ExprContext = "Store"): Expr {
    switch (e.type) {
      case "Name":
        return { type: "Name", id: e.id, ctx, ...at(e) };
      case "Attribute":
        return { type: "Attribute", value: e.value, attr: e.attr, ctx, ...at(e) };
      case "Subscript":
        return { type: "Subscript", value: e.value, slice: e.slice, ctx, ...at(e) };
      case "Starred":
        return { type: "Starred", value: this.store(e.value, ctx), ctx, ...at(e) };
      case "List":
      case "Tuple":
        return { type: e.type, elts: e.elts.map((x) => this.store(x, ctx)), ctx, ...at(e) };
    }
    return this.fail(this.peek(-1), "cannot assign to expression");
  }

  // ---- atoms -----------------------------------------------------------------------------------------
  private atom(): Expr {
    const t = this.peek();
    const constant = (value: PyConst): Expr => ({ type: "Constant", value, kind: null, ...this.loc(t) });
    if (t.kind === "NAME") {
      this.i++;
      if (t.text === "None") return constant({ t: "None" });
      if (t.text === "True" || t.text === "False") return constant({ t: "bool", value: t.text === "True" });
      if (KEYWORDS.has(t.text)) this.fail(t);
      return { type: "Name", id: t.text, ctx: "Load", ...this.loc(t) };
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
    const start = this.peek();
    this.i++; // (
    if (this.eatOp(")")) return { type: "Tuple", elts: [], ctx: "Load", ...this.loc(start) };
    if (this.isWord("yield")) {
      const y = this.yieldExpression();
      this.expectOp(")");
      return y;
    }
    const first = this.isOp("*") ? this.starExpression() : this.namedExpression();
    if (this.isWord("for") || this.isWord("async")) {
      const generators = this.comprehensions();
      this.expectOp(")");
      return { type: "GeneratorExp", elt: first, generators, ...this.loc(start) };
    }
    if (first.type === "Starred" && this.isOp(")")) this.fail(start, "cannot use starred expression here");
    if (this.eatOp(")")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      elts.push(this.isOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp(")");
    return { type: "Tuple", elts, ctx: "Load", ...this.loc(start) };
  }

  protected yieldExpression(): Expr {
    const start = this.peek();
    this.i++; // yield
    if (this.eatWord("from")) {
      const from = this.expression();
      return { type: "YieldFrom", value: from, ...this.loc(start) };
    }
    const value = this.atExpressionEnd() ? null : this.starExpressions();
    return { type: "Yield", value, ...this.loc(start) };
  }

  private listDisplay(): Expr {
    const start = this.peek();
    this.i++; // [
    const elts: Expr[] = [];
    if (!this.isOp("]")) {
      const first = this.isOp("*") ? this.starExpression() : this.namedExpression();
      if (this.isWord("for") || this.isWord("async")) {
        const generators = this.comprehensions();
        this.expectOp("]");
        return { type: "ListComp", elt: first, generators, ...this.loc(start) };
      }
      elts.push(first);
      while (this.eatOp(",")) {
        if (this.isOp("]")) break;
        elts.push(this.isOp("*") ? this.starExpression() : this.namedExpression());
      }
    }
    this.expectOp("]");
    return { type: "List", elts, ctx: "Load", ...this.loc(start) };
  }

  /** `{...}`: a dict, set, or their comprehensions (the first item decides which). */
  private braceDisplay(): Expr {
    const start = this.peek();
    this.i++; // {
    if (this.eatOp("}")) return { type: "Dict", keys: [], values: [], ...this.loc(start) };
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
        return { type: "DictComp", key: k, value: v, generators, ...this.loc(start) };
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
      return { type: "Dict", keys, values, ...this.loc(start) };
    }
    const elt = firstElt!;
    if (this.isWord("for") || this.isWord("async")) {
      const generators = this.comprehensions();
      this.expectOp("}");
      return { type: "SetComp", elt, generators, ...this.loc(start) };
    }
    const elts = [elt];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      elts.push(this.isOp("*") ? this.starExpression() : this.namedExpression());
    }
    this.expectOp("}");
    return { type: "Set", elts, ...this.loc(start) };
  }

  /** Adjacent string literals, joined (languages/python/fstrings.ts). */
  protected strings(): Expr {
    const tokens: Token[] = [];
    while (this.peek().kind === "STRING") tokens.push(this.tokens[this.i++]);
    return joinStrings(tokens, fstringExpression);
  }
}

/** A copy of a node's Loc. */
export function at(n: Loc): Loc {
  return { line: n.line, col: n.col, endLine: n.endLine, endCol: n.endCol };
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

/**
 * An f-string's expression: its text parenthesized and parsed as CPython
 * 3.11 does, its tokens moved to where the text is (those on its first line
 * shifted right by `col`, whose errors read "f-string: ...".
 */
function fstringExpression(text: string, line: number, col: number): Expr {
  try {
    const tokens = tokenize(`(${text})`).map((t): Token => {
      const first = t.endLine === 1;
      return { kind: t.kind, text: t.text, line: t.line + line - 1, col: first ? t.col + col : t.col, endLine: t.endLine + line - 1, endCol: first ? t.endCol + col : t.endCol };
    });
    return new Parser(tokens).evalInput();
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.message.startsWith("f-string")) throw e;
    throw new PySyntaxError(`f-string: ${e.message}`, e.kind, e.line, e.col);
  }
}

/** compile(src, "<string>", "eval")'s tree: the expression. */
export function parseExpression(src: string): Expr {
  const tokens = tokenize(src, true);
  return unclosedFirst(tokens, () => new Parser(tokens).evalInput());
}

/**
 * Runs a parse of `tokens`: a generic "invalid syntax" on a line after a
 * bracket the input never closes is reported as that bracket (CPython
 * tokenizes the rest of the input after such an error:
 * _PyPegen_tokenize_full_source_to_check_for_errors).
 */
export function unclosedFirst<T>(tokens: Token[], parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    const last = tokens[tokens.length - 1];
    if (e instanceof PySyntaxError && e.message === "invalid syntax" && last.kind === "ERRORTOKEN" && e.line > last.line) {
      throw new PySyntaxError(last.text, "SyntaxError", last.line, last.col + 1);
    }
    throw e;
  }
}
