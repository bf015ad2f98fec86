// Value unions the way interpreters hold values: `number | string | boolean |
// null | classes`, narrowed by typeof, ===, instanceof and truthiness; boxes
// in arrays, Maps, fields and records; printing, String(), concatenation.
class LoxFunction {
  constructor(readonly name: string, readonly arity: number) {}
  toString(): string {
    return `<fn ${this.name}>`;
  }
}
class LoxInstance {
  readonly fields = new Map<string, Value>();
  constructor(readonly klass: string) {}
}
type Value = number | string | boolean | null | LoxFunction | LoxInstance;

type Instr = { op: "push"; value: Value } | { op: "add" } | { op: "eq" } | { op: "not" } | { op: "print" };

function stringify(v: Value): string {
  if (v === null) return "nil";
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return v;
  if (v instanceof LoxInstance) return `${v.klass} instance`;
  return v.toString();
}

function isTruthy(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  return true; // Lox: 0 and "" are true
}

function add(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (typeof a === "string" && typeof b === "string") return a + b;
  throw new TypeError(`Operands must be two numbers or two strings (${typeof a}, ${typeof b}).`);
}

function run(code: Instr[]): Value[] {
  const stack: Value[] = [];
  const out: Value[] = [];
  for (const ins of code) {
    switch (ins.op) {
      case "push":
        stack.push(ins.value);
        break;
      case "add": {
        const b = stack.pop()!;
        const a = stack.pop()!;
        stack.push(add(a, b));
        break;
      }
      case "eq": {
        const b = stack.pop()!;
        const a = stack.pop()!;
        stack.push(a === b);
        break;
      }
      case "not":
        stack.push(!isTruthy(stack.pop()!));
        break;
      case "print":
        out.push(stack[stack.length - 1]);
        console.log(stringify(stack.pop()!));
        break;
    }
  }
  return out;
}

function jsSemantics(): void {
  const vals: Value[] = [1, "two", true, null, new LoxFunction("f", 2), 0, "", false, NaN, -0, 2.5, new LoxInstance("Point")];
  for (const v of vals) console.log(typeof v, JSON.stringify(typeof v === "string" ? v : ""), !!v, !v, String(v), `[${v}]`);
  console.log(vals);
  console.log(vals[8] === vals[8], vals[0] === 1, vals[1] === "two", vals[5] === vals[9], vals[0] !== vals[5], vals.indexOf("two"), vals.includes(NaN), vals.includes(-0));
  let x: Value = 3;
  console.log(x, x === 3);
  x = "s" + vals.length;
  console.log(x, (x as string).length, "prefix " + vals[2], vals[4] + "!", vals[11] + "");
  const counts = new Map<string, number>();
  for (const v of vals) counts.set(typeof v, (counts.get(typeof v) ?? 0) + 1);
  console.log(counts, [...vals].slice(0, 4).sort());
  const kinds = vals.map((v) => {
    switch (typeof v) {
      case "number":
        return v * 2;
      case "string":
        return v.toUpperCase();
      case "boolean":
        return !v;
      default:
        return v instanceof LoxFunction ? v.arity : v === null ? "nil" : v.klass;
    }
  });
  console.log(kinds);
}

function fieldsAndRecords(): void {
  const inst = new LoxInstance("Pair");
  inst.fields.set("first", 1);
  inst.fields.set("second", "b");
  inst.fields.set("third", null);
  const token: { kind: string; literal: number | string | null } = { kind: "num", literal: 42 };
  const tokens = [token, { kind: "str", literal: "hi" }, { kind: "nil", literal: null }];
  for (const t of tokens) console.log(t.kind, t.literal, typeof t.literal === "number" ? t.literal + 1 : t.literal);
  console.log(inst, tokens);
  let acc: number | string = 0;
  for (let i = 0; i < 5; i++) acc = typeof acc === "number" && acc < 3 ? acc + 1 : `${acc}!`;
  console.log(acc);
}

function hotLoop(n: number): number {
  // boxed values in a loop: the JIT's virtuals remove the boxes
  let v: Value = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    v = add(v, i % 3);
    if (typeof v === "number") total += v % 7;
    if (i % 100 === 99) v = isTruthy(v) ? 1 : null;
    if (v === null) v = "";
    if (v === "") v = 0;
  }
  return total;
}

export function main(argv: string[]): number {
  const code: Instr[] = [
    { op: "push", value: 1 }, { op: "push", value: 2.5 }, { op: "add" }, { op: "print" },
    { op: "push", value: "lox" }, { op: "push", value: "!" }, { op: "add" }, { op: "print" },
    { op: "push", value: "a" }, { op: "push", value: "a" }, { op: "eq" }, { op: "print" },
    { op: "push", value: null }, { op: "not" }, { op: "print" },
    { op: "push", value: new LoxFunction("clock", 0) }, { op: "print" },
    { op: "push", value: 1 }, { op: "push", value: "x" }, { op: "add" },
  ];
  try {
    run(code);
  } catch (e) {
    if (e instanceof TypeError) console.log("TypeError:", e.message);
  }
  jsSemantics();
  fieldsAndRecords();
  console.log(hotLoop(3000));
  return 0;
}
