// Integration: tokenizer (lib/calc_lexer.ts) + recursive-descent parser/evaluator with variables and errors.
import { CalcError, Tok, tokenize } from "./lib/calc_lexer.ts";

class Parser {
  pos = 0;
  constructor(public toks: Tok[], public vars: Map<string, number>) {}
  peek(): Tok {
    return this.toks[this.pos];
  }
  isOp(t: string): boolean {
    const k = this.peek();
    return k.kind === "op" && k.text === t;
  }
  expect(t: string): void {
    if (!this.isOp(t)) throw new CalcError("expected '" + t + "' but got '" + this.peek().text + "'");
    this.pos++;
  }
  statement(): number {
    const t = this.peek();
    if (t.kind === "id" && this.toks[this.pos + 1].kind === "op" && this.toks[this.pos + 1].text === "=") {
      this.pos += 2;
      const v = this.expr();
      this.vars.set(t.text, v);
      return v;
    }
    return this.expr();
  }
  expr(): number {
    let v = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.peek().text;
      this.pos++;
      const r = this.term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  term(): number {
    let v = this.power();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = this.peek().text;
      this.pos++;
      const r = this.power();
      if (op === "*") v = v * r;
      else if (r === 0) throw new CalcError("division by zero");
      else if (op === "/") v = v / r;
      else v = v % r;
    }
    return v;
  }
  power(): number {
    const base = this.unary();
    if (this.isOp("^")) {
      this.pos++;
      return base ** this.power();
    }
    return base;
  }
  unary(): number {
    if (this.isOp("-")) {
      this.pos++;
      return -this.unary();
    }
    return this.primary();
  }
  primary(): number {
    const t = this.peek();
    if (t.kind === "num") {
      this.pos++;
      return t.num;
    }
    if (t.kind === "id") {
      this.pos++;
      if (!this.vars.has(t.text)) throw new CalcError("unknown variable " + t.text);
      return this.vars.get(t.text)!;
    }
    if (this.isOp("(")) {
      this.pos++;
      const v = this.expr();
      this.expect(")");
      return v;
    }
    throw new CalcError("unexpected '" + t.text + "'");
  }
}

export function main(argv: string[]): number {
  const vars = new Map<string, number>();
  const lines: string[] = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5",
    "x = 6 * 7", "y = x / 2 - 1", "x + y", "1.5 * 4", "0.1 + 0.2", "3.25 * 2",
    "2 * (3 + 4) * (5 - 1)", "z + 1", "1 / 0", "(1 + 2", "1 $ 2", "4 4", "- - 3", "big = 2 ^ 60",
  ];
  for (const line of lines) {
    try {
      const p = new Parser(tokenize(line), vars);
      const v = p.statement();
      if (p.peek().kind !== "eof") throw new CalcError("trailing input '" + p.peek().text + "'");
      console.log(line + " => " + v);
    } catch (e) {
      if (e instanceof CalcError) console.log(line + " => error: " + e.message);
      else throw e;
    }
  }
  for (const [k, v] of vars) console.log(k + " = " + v);
  return 0;
}
