// Pratt (top-down operator precedence) parser and evaluator for arithmetic expressions.
type Token =
  | { kind: "num"; value: number }
  | { kind: "ident"; name: string }
  | { kind: "op"; op: string }
  | { kind: "eof" };

type Expr =
  | { type: "num"; value: number }
  | { type: "var"; name: string }
  | { type: "unary"; op: string; operand: Expr }
  | { type: "binary"; op: string; left: Expr; right: Expr }
  | { type: "call"; callee: string; args: Expr[] }
  | { type: "ternary"; cond: Expr; then: Expr; otherwise: Expr };

class ParseError extends Error {
  constructor(message: string, public readonly position: number) {
    super(`${message} at token ${position}`);
    this.name = "ParseError";
  }
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const isDigit = (c: string) => c >= "0" && c <= "9";
  const isAlpha = (c: string) => /[A-Za-z_]/.test(c);
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") i++;
    else if (isDigit(c) || (c === "." && isDigit(src[i + 1] ?? ""))) {
      let j = i;
      while (j < src.length && (isDigit(src[j]) || src[j] === ".")) j++;
      tokens.push({ kind: "num", value: parseFloat(src.slice(i, j)) });
      i = j;
    } else if (isAlpha(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
      tokens.push({ kind: "ident", name: src.slice(i, j) });
      i = j;
    } else {
      const two = src.slice(i, i + 2);
      const op = ["**", "==", "!=", "<=", ">="].includes(two) ? two : c;
      tokens.push({ kind: "op", op });
      i += op.length;
    }
  }
  tokens.push({ kind: "eof" });
  return tokens;
}

const infixPrecedence: Record<string, number> = {
  "?": 1, "==": 2, "!=": 2, "<": 3, ">": 3, "<=": 3, ">=": 3,
  "+": 4, "-": 4, "*": 5, "/": 5, "%": 5, "**": 6, "(": 8,
};

const rightAssoc = new Set(["**", "?"]);

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token { return this.tokens[this.pos]; }
  private next(): Token { return this.tokens[this.pos++]; }

  private expectOp(op: string): void {
    const t = this.next();
    if (t.kind !== "op" || t.op !== op) throw new ParseError(`expected '${op}'`, this.pos - 1);
  }

  parse(): Expr {
    const e = this.parseExpr(0);
    if (this.peek().kind !== "eof") throw new ParseError("unexpected trailing input", this.pos);
    return e;
  }

  private infixPower(t: Token): number {
    return t.kind === "op" ? infixPrecedence[t.op] ?? 0 : 0;
  }

  parseExpr(minPrec: number): Expr {
    let left = this.parsePrefix();
    while (true) {
      const t = this.peek();
      const prec = this.infixPower(t);
      if (prec <= minPrec || t.kind !== "op") break;
      this.next();
      if (t.op === "(") {
        if (left.type !== "var") throw new ParseError("can only call named functions", this.pos);
        const args: Expr[] = [];
        if (!(this.peek().kind === "op" && (this.peek() as { op: string }).op === ")")) {
          do {
            args.push(this.parseExpr(0));
          } while (this.peek().kind === "op" && (this.peek() as { op: string }).op === "," && this.next());
        }
        this.expectOp(")");
        left = { type: "call", callee: left.name, args };
      } else if (t.op === "?") {
        const then = this.parseExpr(0);
        this.expectOp(":");
        const otherwise = this.parseExpr(prec - 1);
        left = { type: "ternary", cond: left, then, otherwise };
      } else {
        const nextMin = rightAssoc.has(t.op) ? prec - 1 : prec;
        const right = this.parseExpr(nextMin);
        left = { type: "binary", op: t.op, left, right };
      }
    }
    return left;
  }

  private parsePrefix(): Expr {
    const t = this.next();
    switch (t.kind) {
      case "num": return { type: "num", value: t.value };
      case "ident": return { type: "var", name: t.name };
      case "op":
        if (t.op === "-" || t.op === "+" || t.op === "!") {
          return { type: "unary", op: t.op, operand: this.parseExpr(7) };
        }
        if (t.op === "(") {
          const inner = this.parseExpr(0);
          this.expectOp(")");
          return inner;
        }
        throw new ParseError(`unexpected operator '${t.op}'`, this.pos - 1);
      case "eof":
        throw new ParseError("unexpected end of input", this.pos - 1);
    }
  }
}

const builtins: Record<string, (...args: number[]) => number> = {
  max: (...xs) => Math.max(...xs), min: (...xs) => Math.min(...xs),
  abs: (x) => Math.abs(x), sqrt: Math.sqrt, hyp: (a, b) => Math.sqrt(a * a + b * b),
};

const binaryOps: { [op: string]: (l: number, r: number) => number } = {
  "+": (l, r) => l + r, "-": (l, r) => l - r, "*": (l, r) => l * r, "/": (l, r) => l / r,
  "%": (l, r) => l % r, "**": (l, r) => l ** r,
  "==": (l, r) => Number(l === r), "!=": (l, r) => Number(l !== r),
  "<": (l, r) => +(l < r), ">": (l, r) => +(l > r), "<=": (l, r) => +(l <= r), ">=": (l, r) => +(l >= r),
};

function evaluate(e: Expr, env: Map<string, number>): number {
  switch (e.type) {
    case "num": return e.value;
    case "var": {
      const v = env.get(e.name);
      if (v === undefined) throw new Error(`unbound variable ${e.name}`);
      return v;
    }
    case "unary": {
      const v = evaluate(e.operand, env);
      return e.op === "-" ? -v : e.op === "!" ? (v ? 0 : 1) : v;
    }
    case "ternary":
      return evaluate(e.cond, env) !== 0 ? evaluate(e.then, env) : evaluate(e.otherwise, env);
    case "call": {
      const fn = builtins[e.callee];
      if (!fn) throw new Error(`unknown function ${e.callee}`);
      return fn(...e.args.map((a) => evaluate(a, env)));
    }
    case "binary": {
      const op = binaryOps[e.op];
      if (!op) throw new Error(`bad operator ${e.op}`);
      return op(evaluate(e.left, env), evaluate(e.right, env));
    }
  }
}

function show(e: Expr): string {
  switch (e.type) {
    case "num": return String(e.value);
    case "var": return e.name;
    case "unary": return `(${e.op}${show(e.operand)})`;
    case "binary": return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case "call": return `${e.callee}(${e.args.map(show).join(", ")})`;
    case "ternary": return `(${show(e.cond)} ? ${show(e.then)} : ${show(e.otherwise)})`;
  }
}

export function main(argv: string[]): number {
  const env = new Map<string, number>([["x", 3], ["y", 4], ["pi", 3.14159]]);
  const inputs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "10 - 4 - 3",
    "hyp(x, y) + max(1, 7, 2)", "x < y ? 100 : 200", "x > y ? 1 : y > 3 ? 2 : 3",
    "17 % 5 + !0", "min(abs(-8), sqrt(49)) * pi", "1 + * 2", "foo(1)", "(1 + 2",
  ];
  for (const src of inputs) {
    try {
      const ast = new Parser(tokenize(src)).parse();
      console.log(`${src.padEnd(28)} => ${show(ast)} = ${evaluate(ast, env)}`);
    } catch (err) {
      const kind = err instanceof ParseError ? "parse error" : "eval error";
      console.log(`${src.padEnd(28)} => ${kind}: ${(err as Error).message}`);
    }
  }
  return 0;
}
