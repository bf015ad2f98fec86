// Functions in value unions (`type Value = number | boolean | ((v: Value) =>
// Value) | null`): boxed like primitives (one FunctionBox class, so the
// boxed functions form one call family), `typeof v === "function"`
// unboxes, `===` compares the closures, console.log prints them.
type Value = number | boolean | ((v: Value) => Value) | null;

function apply(f: Value, x: Value): Value {
  if (typeof f === "function") return f(x);
  return null;
}

function show(v: Value): string {
  return typeof v === "function" ? "<fun>" : String(v);
}

const twice: Value = (v) => (typeof v === "number" ? v * 2 : v);

export function main(argv: string[]): number {
  const inc: Value = (v) => (typeof v === "number" ? v + 1 : v);
  const neg: Value = (v) => (typeof v === "boolean" ? !v : v);
  const maybe: ((v: Value) => Value) | null = argv.length > 5 ? inc : null;
  const vals: Value[] = [1, true, inc, neg, null, twice, maybe];
  console.log(vals.map(show).join(" "), typeof inc, typeof vals[0], typeof maybe);
  console.log(apply(inc, 41), apply(neg, true), apply(3, 4), apply(twice, 8), vals);
  console.log(inc === vals[2], inc === vals[3], vals.indexOf(neg), vals.includes(twice));
  const callee = vals[2] as (v: Value) => Value;
  console.log(callee(10));
  // a pipeline of boxed functions, called many times
  let acc: Value = 0;
  for (let i = 0; i < 3000; i++) acc = apply(vals[i % 2 === 0 ? 2 : 5], acc);
  console.log(acc);
  return 0;
}
