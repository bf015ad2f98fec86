// Arrays: literals, empty typed arrays, push, pop, index get/set, length, arrays as arguments.
function sum(xs: number[]): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}

function fill(xs: number[], n: number, v: number): void {
  for (let i = 0; i < n; i++) xs.push(v + i);
}

function reversed(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = xs.length - 1; i >= 0; i--) out.push(xs[i]);
  return out;
}

function show(xs: number[]): string {
  let s = "[";
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) s += ", ";
    s += xs[i];
  }
  return s + "]";
}

export function main(argv: string[]): number {
  const a: number[] = [3, 1, 4, 1, 5, 9, 2, 6];
  console.log(a.length);
  console.log(a[0] + " " + a[7]);
  console.log(sum(a));
  a[2] = 40;
  console.log(show(a));
  a.push(7);
  console.log(a.length);
  console.log(a.pop()!);
  console.log(a.pop()!);
  console.log(a.length);
  const b: number[] = [];
  console.log(b.length);
  fill(b, 5, 100);
  console.log(show(b));
  console.log(show(reversed(b)));
  const alias = b;
  alias[0] = -1;
  console.log(b[0]);
  while (b.length > 2) b.pop();
  console.log(show(b));
  const fl: number[] = [0.5, 1.25, -2.75];
  console.log("[" + fl.join(", ") + "]");
  let t = 0.0;
  for (const x of fl) t += x;
  console.log(t);
  const bools: boolean[] = [true, false, true];
  let trues = 0;
  for (const v of bools) if (v) trues++;
  console.log(trues);
  bools[1] = true;
  console.log(bools[1]);
  const strs: string[] = ["x", "y"];
  strs.push("z");
  strs[0] = "w";
  console.log(strs.length + " " + strs[0] + strs[1] + strs[2]);
  const squares: number[] = [];
  for (let i = 0; i < 20; i++) squares.push(i * i);
  console.log(squares[19] + " " + sum(squares));
  // swap elements
  const tmp = squares[0];
  squares[0] = squares[19];
  squares[19] = tmp;
  console.log(squares[0] + " " + squares[19]);
  // stack usage
  const stack: number[] = [];
  for (let i = 1; i <= 5; i++) stack.push(i * i);
  let popped = "";
  while (stack.length > 0) popped += stack.pop()! + " ";
  console.log(popped);
  const big: number[] = [];
  for (let i = 0; i < 100000; i++) big.push(i % 7);
  console.log(big.length + " " + sum(big));
  return 0;
}
