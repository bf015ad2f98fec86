// A stack-based (RPN) calculator with a hierarchy of custom errors, try/catch/finally,
// error recovery, and an infix-to-RPN converter (shunting-yard).

class CalcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

class StackUnderflowError extends CalcError {
  constructor(readonly op: string, readonly needed: number, readonly available: number) {
    super(`'${op}' needs ${needed} operand(s) but stack has ${available}`);
  }
}

class DivisionByZeroError extends CalcError {
  constructor() {
    super("division by zero");
  }
}

class UnknownTokenError extends CalcError {
  constructor(readonly token: string) {
    super(`unknown token '${token}'`);
  }
}

class LeftoverOperandsError extends CalcError {
  constructor(readonly leftover: readonly number[]) {
    super(`expression left ${leftover.length} values on the stack: [${leftover.join(", ")}]`);
  }
}

interface Operator {
  arity: number;
  apply: (...args: number[]) => number;
}

const OPERATORS: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ["+", { arity: 2, apply: (a, b) => a + b }],
  ["-", { arity: 2, apply: (a, b) => a - b }],
  ["*", { arity: 2, apply: (a, b) => a * b }],
  ["/", { arity: 2, apply: (a, b) => { if (b === 0) throw new DivisionByZeroError(); return a / b; } }],
  ["%", { arity: 2, apply: (a, b) => { if (b === 0) throw new DivisionByZeroError(); return a % b; } }],
  ["^", { arity: 2, apply: (a, b) => a ** b }],
  ["neg", { arity: 1, apply: (a) => -a }],
  ["sqrt", { arity: 1, apply: (a) => { if (a < 0) throw new CalcError(`sqrt of negative ${a}`); return Math.sqrt(a); } }],
  ["max", { arity: 2, apply: Math.max }],
]);

class RpnCalculator {
  private stack: number[] = [];
  evaluations = 0;

  evaluate(expression: string): number {
    const saved = [...this.stack];
    this.stack = [];
    try {
      for (const token of expression.trim().split(/\s+/)) this.step(token);
      if (this.stack.length !== 1) throw new LeftoverOperandsError([...this.stack]);
      return this.stack[0];
    } finally {
      this.stack = saved;
      this.evaluations++;
    }
  }

  private step(token: string): void {
    const value = Number(token);
    if (token !== "" && !Number.isNaN(value)) {
      this.stack.push(value);
      return;
    }
    if (token === "dup" || token === "swap") {
      if (this.stack.length < (token === "dup" ? 1 : 2)) {
        throw new StackUnderflowError(token, token === "dup" ? 1 : 2, this.stack.length);
      }
      if (token === "dup") this.stack.push(this.stack[this.stack.length - 1]);
      else this.stack.push(this.stack.pop()!, this.stack.pop()!);
      return;
    }
    const op = OPERATORS.get(token);
    if (!op) throw new UnknownTokenError(token);
    if (this.stack.length < op.arity) throw new StackUnderflowError(token, op.arity, this.stack.length);
    const args = this.stack.splice(this.stack.length - op.arity, op.arity);
    this.stack.push(op.apply(...args));
  }
}

const PRECEDENCE: Record<string, [number, "left" | "right"]> = {
  "+": [1, "left"], "-": [1, "left"], "*": [2, "left"], "/": [2, "left"], "%": [2, "left"], "^": [3, "right"],
};

function toRpn(infix: string): string {
  const output: string[] = [];
  const ops: string[] = [];
  const tokens = infix.match(/\d+(\.\d+)?|[-+*/%^()]/g) ?? [];
  for (const tok of tokens) {
    if (/^\d/.test(tok)) {
      output.push(tok);
    } else if (tok === "(") {
      ops.push(tok);
    } else if (tok === ")") {
      while (ops.length && ops[ops.length - 1] !== "(") output.push(ops.pop()!);
      if (ops.pop() !== "(") throw new CalcError("mismatched ')'");
    } else {
      const [prec, assoc] = PRECEDENCE[tok];
      while (ops.length) {
        const top = ops[ops.length - 1];
        if (top === "(") break;
        const [topPrec] = PRECEDENCE[top];
        if (topPrec > prec || (topPrec === prec && assoc === "left")) output.push(ops.pop()!);
        else break;
      }
      ops.push(tok);
    }
  }
  while (ops.length) {
    const op = ops.pop()!;
    if (op === "(") throw new CalcError("mismatched '('");
    output.push(op);
  }
  return output.join(" ");
}

function describe(err: unknown): string {
  if (err instanceof StackUnderflowError) return `${err.name} [needed=${err.needed}, had=${err.available}]: ${err.message}`;
  if (err instanceof UnknownTokenError) return `${err.name} [token=${JSON.stringify(err.token)}]: ${err.message}`;
  if (err instanceof CalcError) return `${err.name}: ${err.message}`;
  return `unexpected: ${String(err)}`;
}

export function main(argv: string[]): number {
  const calc = new RpnCalculator();
  const expressions = [
    "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "9 sqrt 2 swap /", "7 dup * neg",
    "1 0 /", "1 +", "4 5 6 +", "2 banana *", "-4 sqrt", "10 3 % 2.5 max", "swap",
  ];
  let ok = 0;
  const failures = new Map<string, number>();
  for (const expr of expressions) {
    try {
      const result = calc.evaluate(expr);
      ok++;
      console.log(`${expr.padEnd(20)} = ${Number.isInteger(result) ? result : result.toFixed(4)}`);
    } catch (err) {
      console.log(`${expr.padEnd(20)} ! ${describe(err)}`);
      const name = err instanceof Error ? err.name : "unknown";
      failures.set(name, (failures.get(name) ?? 0) + 1);
    }
  }
  console.log(`ok=${ok} failed=${expressions.length - ok} evaluations=${calc.evaluations}`);
  console.log("failures by type:", [...failures].map(([k, v]) => `${k}=${v}`).join(", "));

  for (const infix of ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(2 + 3) * (4 - 1)", "10 % 4 + 2 ^ 10", "(1 + 2", "1 + 2)"]) {
    try {
      const rpn = toRpn(infix);
      console.log(`${infix} -> ${rpn} -> ${calc.evaluate(rpn)}`);
    } catch (err) {
      console.log(`${infix} -> ${describe(err)}`);
    }
  }
  const isCalc = new DivisionByZeroError() instanceof CalcError && new DivisionByZeroError() instanceof Error;
  console.log(`hierarchy check: ${isCalc}`);
  return 0;
}
