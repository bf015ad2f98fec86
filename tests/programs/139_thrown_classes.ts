// Control flow by exceptions of plain classes (`throw new ReturnSignal(v)`, as
// tree-walking interpreters return), which are no Errors; interface methods
// implemented by object literals with function properties (`f.call(args)`);
// closures with plain parameters where the function type has a rest parameter.
class ReturnSignal {
  constructor(readonly value: number) {}
}
class BreakSignal extends ReturnSignal {}

interface Callable {
  arity: number;
  name: string;
  call(args: number[]): number;
}

interface Operator {
  arity: number;
  apply: (...args: number[]) => number;
}
const OPS = new Map<string, Operator>([
  ["+", { arity: 2, apply: (a, b) => a + b }],
  ["neg", { arity: 1, apply: (a) => -a }],
  ["max", { arity: 3, apply: (...xs) => Math.max(...xs) }],
]);
const fold: (init: number, ...xs: number[]) => number = (init, a, b) => init + a * b;

function body(n: number): number {
  try {
    if (n > 2) throw new ReturnSignal(n * 10);
    if (n === 2) throw new BreakSignal(-1);
    throw new Error("small");
  } catch (e) {
    if (e instanceof BreakSignal) return e.value - 1;
    if (e instanceof ReturnSignal) return e.value;
    if (e instanceof Error) return -100;
    throw e;
  }
}

function loop(limit: number): number {
  let i = 0;
  try {
    for (;;) {
      i++;
      if (i * i > limit) throw new BreakSignal(i);
    }
  } catch (s) {
    if (!(s instanceof BreakSignal)) throw s;
    return s.value;
  }
}

export function main(argv: string[]): number {
  console.log(body(1), body(2), body(5), loop(50), loop(1000));
  const r = new ReturnSignal(3);
  const thrown: unknown = r;
  console.log(r, new BreakSignal(4), String(r), `${r}`, thrown instanceof Error, new BreakSignal(1) instanceof Error, r instanceof ReturnSignal);
  const fns: Callable[] = [];
  fns.push({ arity: 1, name: "neg", call: (args) => -args[0] });
  fns.push({ arity: 2, name: "add", call: (args) => args[0] + args[1] });
  let total = 0;
  for (let i = 0; i < 200; i++) for (const f of fns) total += f.call([i, f.arity]);
  for (const f of fns) console.log(f.name, f.arity, f.call([3, 4]));
  console.log(total);
  for (const [name, op] of OPS) {
    const args: number[] = [];
    for (let i = 0; i < op.arity; i++) args.push(i + 2);
    console.log(name, op.apply(...args), op.apply(7, 8, 9));
  }
  console.log(fold(1, 2, 3), fold(0, 5, 5, 9));
  if (argv.length > 3) throw new ReturnSignal(1);
  throw new BreakSignal(2);
}
