// The Python parser's statements (CPython 3.11's grammar): simple statements
// separated by `;`, compound statements with their suites (an indented block
// or statements on the same line), decorators, and the assignment forms
// (chained, augmented, annotated) with their targets in Store/Del context.
// `match` is a soft keyword: a statement starting with it is a match
// statement when it reads as one (patterns.ts parses the cases' patterns).
import type { Alias, ExceptHandler, Expr, Keyword, MatchCase, Stmt, WithItem } from "./ast.ts";
import { PatternParser } from "./patterns.ts";
import { unclosedFirst } from "./parser.ts";
import { PySyntaxError, tokenize, type Token } from "./tokenizer.ts";

const AUGMENTED: Record<string, string> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "/=": "Div", "//=": "FloorDiv", "%=": "Mod", "@=": "MatMult",
  "&=": "BitAnd", "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift", "**=": "Pow",
};

export class StatementParser extends PatternParser {
  /** A whole file: statements until ENDMARKER. */
  module(): Stmt[] {
    const body: Stmt[] = [];
    while (this.peek().kind !== "ENDMARKER") {
      if (this.peek().kind === "NEWLINE") {
        this.i++;
        continue;
      }
      body.push(...this.statement());
    }
    return body;
  }

  private statement(): Stmt[] {
    const t = this.peek();
    // (CPython's offset is the indentation's width: no caret under the stripped line)
    if (t.kind === "INDENT") throw new PySyntaxError("unexpected indent", "IndentationError", t.line, t.endCol);
    if (t.kind === "NAME") {
      switch (t.text) {
        case "if": return [this.ifStatement()];
        case "while": return [this.whileStatement()];
        case "for": return [this.forStatement(t, false)];
        case "try": return [this.tryStatement()];
        case "with": return [this.withStatement(t, false)];
        case "def": return [this.functionDef(t, [], false)];
        case "class": return [this.classDef([])];
        case "async":
          if (this.isWord("def", 1)) { this.i++; return [this.functionDef(t, [], true)]; }
          if (this.isWord("for", 1)) { this.i++; return [this.forStatement(t, true)]; }
          if (this.isWord("with", 1)) { this.i++; return [this.withStatement(t, true)]; }
      }
    }
    if (this.isOp("@")) return [this.decorated()];
    if (this.isWord("match")) {
      const m = this.matchStatement();
      if (m !== null) return [m];
    }
    return this.simpleStatements();
  }

  /** `a; b; c NEWLINE` */
  private simpleStatements(): Stmt[] {
    const out = [this.simpleStatement()];
    while (this.eatOp(";")) {
      if (this.peek().kind === "NEWLINE") break;
      out.push(this.simpleStatement());
    }
    if (this.peek().kind !== "NEWLINE" && this.peek().kind !== "ENDMARKER") this.fail();
    if (this.peek().kind === "NEWLINE") this.i++;
    return out;
  }

  private simpleStatement(): Stmt {
    const t = this.peek();
    if (t.kind === "NAME") {
      switch (t.text) {
        case "pass": this.i++; return { type: "Pass", ...this.loc(t) };
        case "break": this.i++; return { type: "Break", ...this.loc(t) };
        case "continue": this.i++; return { type: "Continue", ...this.loc(t) };
        case "return": {
          this.i++;
          const value = this.atExpressionEnd() ? null : this.starExpressions();
          return { type: "Return", value, ...this.loc(t) };
        }
        case "raise": {
          this.i++;
          if (this.atExpressionEnd()) return { type: "Raise", exc: null, cause: null, ...this.loc(t) };
          const exc = this.expression();
          const cause = this.eatWord("from") ? this.expression() : null;
          return { type: "Raise", exc, cause, ...this.loc(t) };
        }
        case "global":
        case "nonlocal": {
          this.i++;
          const names = [this.name()];
          while (this.eatOp(",")) names.push(this.name());
          return { type: t.text === "global" ? "Global" : "Nonlocal", names, ...this.loc(t) };
        }
        case "del": {
          this.i++;
          const targets = [this.store(this.bitwiseOrTarget(), "Del")];
          while (this.eatOp(",")) {
            if (this.atExpressionEnd()) break;
            targets.push(this.store(this.bitwiseOrTarget(), "Del"));
          }
          return { type: "Delete", targets, ...this.loc(t) };
        }
        case "assert": {
          this.i++;
          const test = this.expression();
          const msg = this.eatOp(",") ? this.expression() : null;
          return { type: "Assert", test, msg, ...this.loc(t) };
        }
        case "import": return this.importStatement();
        case "from": return this.fromImport();
      }
    }
    return this.expressionStatement();
  }

  /** A `del` target: a primary (a name, attribute, subscript) or a parenthesized/bracketed list of them. */
  private bitwiseOrTarget(): Expr {
    return this.starExpression();
  }

  private expressionStatement(): Stmt {
    const start = this.peek();
    const first = this.isWord("yield") ? this.yieldExpression() : this.starExpressions();
    const t = this.peek();
    if (t.kind === "OP" && t.text in AUGMENTED) {
      this.i++;
      const value = this.isWord("yield") ? this.yieldExpression() : this.starExpressions();
      return { type: "AugAssign", target: this.store(first), op: AUGMENTED[t.text], value, ...this.loc(start) };
    }
    if (this.isOp(":")) {
      this.i++;
      const annotation = this.expression();
      const value = this.eatOp("=") ? (this.isWord("yield") ? this.yieldExpression() : this.starExpressions()) : null;
      return { type: "AnnAssign", target: this.store(first), annotation, value, simple: first.type === "Name" ? 1 : 0, ...this.loc(start) };
    }
    if (!this.isOp("=")) return { type: "Expr", value: first, ...this.loc(start) };
    const parts = [first];
    while (this.eatOp("=")) parts.push(this.isWord("yield") ? this.yieldExpression() : this.starExpressions());
    const value = parts.pop()!;
    return { type: "Assign", targets: parts.map((p) => this.store(p)), value, ...this.loc(start) };
  }

  private dottedName(): string {
    let name = this.name();
    while (this.eatOp(".")) name += "." + this.name();
    return name;
  }

  private importStatement(): Stmt {
    const start = this.peek();
    this.i++; // import
    const names: Alias[] = [];
    do {
      const name = this.dottedName();
      names.push({ name, asname: this.eatWord("as") ? this.name() : null });
    } while (this.eatOp(","));
    return { type: "Import", names, ...this.loc(start) };
  }

  private fromImport(): Stmt {
    const start = this.peek();
    this.i++; // from
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level++;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    const module = this.isWord("import") ? null : this.dottedName();
    if (!this.eatWord("import")) this.fail();
    const names: Alias[] = [];
    if (this.eatOp("*")) names.push({ name: "*", asname: null });
    else {
      const paren = this.eatOp("(");
      do {
        if (paren && this.isOp(")")) break;
        const name = this.name();
        names.push({ name, asname: this.eatWord("as") ? this.name() : null });
      } while (this.eatOp(","));
      if (paren) this.expectOp(")");
    }
    return { type: "ImportFrom", module, names, level, ...this.loc(start) };
  }

  // ---- compound statements -----------------------------------------------------------------------------
  /**
   * `: NEWLINE INDENT statements DEDENT` or `: simple statements` on the same
   * line, after the header starting at token `header` (`what` it is, for
   * CPython's messages: "'if' statement", "function definition").
   */
  private suite(header: Token, what: string): Stmt[] {
    if (!this.eatOp(":")) this.fail(this.peek(), this.peek().kind === "NEWLINE" ? "expected ':'" : "invalid syntax");
    if (this.peek().kind !== "NEWLINE") return this.simpleStatements();
    this.i++;
    const first = this.peek();
    if (first.kind !== "INDENT") throw new PySyntaxError(`expected an indented block after ${what} on line ${header.line}`, "IndentationError", first.line, first.col + 1);
    this.i++;
    const body: Stmt[] = [];
    while (this.peek().kind !== "DEDENT" && this.peek().kind !== "ENDMARKER") body.push(...this.statement());
    if (this.peek().kind === "DEDENT") this.i++;
    return body;
  }

  private ifStatement(): Stmt {
    const start = this.peek();
    this.i++; // if / elif
    const test = this.namedExpression();
    const body = this.suite(start, `'${start.text}' statement`);
    let orelse: Stmt[] = [];
    if (this.isWord("elif")) orelse = [this.ifStatement()];
    else orelse = this.elseSuite();
    return { type: "If", test, body, orelse, ...this.loc(start) };
  }

  /** An `else:` block if one comes next (an empty list if not). */
  private elseSuite(): Stmt[] {
    const t = this.peek();
    return this.eatWord("else") ? this.suite(t, "'else' statement") : [];
  }

  private whileStatement(): Stmt {
    const start = this.peek();
    this.i++;
    const test = this.namedExpression();
    const body = this.suite(start, "'while' statement");
    const orelse = this.elseSuite();
    return { type: "While", test, body, orelse, ...this.loc(start) };
  }

  private forStatement(start: Token, isAsync: boolean): Stmt {
    this.i++; // for
    const target = this.targetList();
    if (!this.eatWord("in")) this.fail();
    const iter = this.starExpressions();
    const body = this.suite(start, "'for' statement");
    const orelse = this.elseSuite();
    return { type: isAsync ? "AsyncFor" : "For", target, iter, body, orelse, ...this.loc(start) };
  }

  private tryStatement(): Stmt {
    const start = this.peek();
    this.i++;
    const body = this.suite(start, "'try' statement");
    const handlers: ExceptHandler[] = [];
    while (this.isWord("except")) {
      const h = this.peek();
      this.i++;
      const type = this.isOp(":") ? null : this.expression();
      const name = type !== null && this.eatWord("as") ? this.name() : null;
      const hbody = this.suite(h, "'except' statement");
      handlers.push({ type, name, body: hbody, line: h.line, col: h.col });
    }
    const orelse = handlers.length > 0 ? this.elseSuite() : [];
    const finally_ = this.peek();
    const finalbody = this.eatWord("finally") ? this.suite(finally_, "'finally' statement") : [];
    if (handlers.length === 0 && finalbody.length === 0) this.fail(this.peek(), "expected 'except' or 'finally' block");
    return { type: "Try", body, handlers, orelse, finalbody, ...this.loc(start) };
  }

  private withStatement(start: Token, isAsync: boolean): Stmt {
    this.i++; // with
    const items: WithItem[] = [];
    const paren = this.isOp("(") && this.parenthesizedWithItems();
    if (paren) this.i++;
    do {
      if (paren && this.isOp(")")) break;
      const context_expr = this.expression();
      items.push({ context_expr, optional_vars: this.eatWord("as") ? this.store(this.starTargetExpr()) : null });
    } while (this.eatOp(","));
    if (paren) this.expectOp(")");
    const body = this.suite(start, "'with' statement");
    return { type: isAsync ? "AsyncWith" : "With", items, body, ...this.loc(start) };
  }

  /** `with (a as b, c):` — parentheses around the items (not around one expression): an `as` or a trailing `,` before the matching `)`, then `:`. */
  private parenthesizedWithItems(): boolean {
    let depth = 0;
    let sawAs = false;
    for (let k = this.i; k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (t.kind === "OP" && (t.text === "(" || t.text === "[" || t.text === "{")) depth++;
      else if (t.kind === "OP" && (t.text === ")" || t.text === "]" || t.text === "}")) {
        depth--;
        if (depth === 0) return sawAs && this.tokens[k + 1]?.kind === "OP" && this.tokens[k + 1].text === ":";
      } else if (depth === 1 && t.kind === "NAME" && t.text === "as") sawAs = true;
      else if (t.kind === "NEWLINE") return false;
    }
    return false;
  }

  private starTargetExpr(): Expr {
    return this.primaryTarget();
  }

  private primaryTarget(): Expr {
    return this.starExpression();
  }

  /** `match subject:` and its case blocks, or null (nothing consumed) when the `match` here is a name. */
  private matchStatement(): Stmt | null {
    const start = this.peek();
    const saved = this.i++;
    let subject: Expr;
    try {
      subject = this.matchSubject();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.i = saved;
      return null;
    }
    if (!(this.isOp(":") && this.peek(1).kind === "NEWLINE" && this.peek(2).kind === "INDENT" && this.isWord("case", 3))) {
      this.i = saved;
      return null;
    }
    this.i += 3;
    const cases: MatchCase[] = [];
    for (let at = this.peek(); this.eatWord("case"); at = this.peek()) {
      const pattern = this.casePatterns();
      const guard = this.eatWord("if") ? this.namedExpression() : null;
      cases.push({ pattern, guard, body: this.suite(at, "'case' statement") });
    }
    if (this.peek().kind === "DEDENT") this.i++;
    else if (this.peek().kind !== "ENDMARKER") this.fail();
    return { type: "Match", subject, cases, ...this.loc(start) };
  }

  /** `match x:` or `match a, *b:` (a tuple). */
  private matchSubject(): Expr {
    const start = this.peek();
    const item = (): Expr => (this.isOp("*") ? this.starExpression() : this.namedExpression());
    const first = item();
    if (!this.isOp(",")) {
      if (first.type === "Starred") this.fail(start);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(":")) break;
      elts.push(item());
    }
    return { type: "Tuple", elts, ctx: "Load", ...this.loc(start) };
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eatOp("@")) {
      decorators.push(this.namedExpression());
      if (this.peek().kind !== "NEWLINE") this.fail();
      this.i++;
    }
    const start = this.peek();
    if (this.isWord("def")) return this.functionDef(start, decorators, false);
    if (this.isWord("async") && this.isWord("def", 1)) {
      this.i++;
      return this.functionDef(start, decorators, true);
    }
    if (this.isWord("class")) return this.classDef(decorators);
    return this.fail();
  }

  /** `def` (or `async def` from token `start`) after its decorators. */
  private functionDef(start: Token, decorator_list: Expr[], isAsync: boolean): Stmt {
    this.i++; // def
    const name = this.name();
    this.expectOp("(");
    const args = this.parameters(")", true);
    this.expectOp(")");
    const returns = this.eatOp("->") ? this.expression() : null;
    const body = this.suite(start, "function definition");
    return { type: isAsync ? "AsyncFunctionDef" : "FunctionDef", name, args, body, decorator_list, returns, ...this.loc(start) };
  }

  private classDef(decorator_list: Expr[]): Stmt {
    const start = this.peek();
    this.i++; // class
    const nameToken = this.peek();
    const name = this.name();
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.eatOp("(")) {
      const call = this.callArguments({ type: "Name", id: name, ctx: "Load", ...this.loc(nameToken) }, nameToken);
      if (call.type === "Call") {
        bases = call.args;
        keywords = call.keywords;
      }
    }
    const body = this.suite(start, "class definition");
    return { type: "ClassDef", name, bases, keywords, body, decorator_list, ...this.loc(start) };
  }
}

/** ast.parse(src)'s body: the statements of a module. */
export function parseModule(src: string): Stmt[] {
  const tokens = tokenize(src, true);
  return unclosedFirst(tokens, () => new StatementParser(tokens).module());
}
