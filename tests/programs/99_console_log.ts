// console.log as Node prints: several arguments, format strings, and values
// of any type laid out as util.inspect does (quoting, depth, line width,
// grouped columns, the first 100 items, circular references, -0).
class P {
  a = 1;
  b: number;
  c?: string;
  constructor(public x: number, b: number) {
    this.b = b;
  }
}
class Q extends P {
  z = "q";
  constructor(public y: number) {
    super(1, 2);
  }
}
class A {
  n = 1;
  s = "x";
  kids: A[] = [];
  m = new Map<string, number>();
}
class Cyc {
  self: Cyc | null = null;
  v = 1;
}
class Empty {}
function named(x: number): number {
  return x;
}
export function main(argv: string[]): number {
  console.log(new P(5, 6), new Q(7));
  console.log([1, 2, 3], [], ["a", "it's", 'say "hi"', `both ' "`], [true, false]);
  const m = new Map<string, number>();
  m.set("a", 1);
  m.set("b", 2);
  const s = new Set<number>();
  s.add(1);
  s.add(2);
  console.log(m, s, new Map<number, string>(), new Uint8Array(3));
  const xs: number[] = [];
  for (let i = 0; i < 30; i++) xs.push(i * 7);
  console.log(xs);
  const ss: string[] = [];
  for (let i = 0; i < 8; i++) ss.push("s" + i);
  console.log(ss);
  const ys: number[] = [];
  for (let i = 0; i < 120; i++) ys.push(i);
  console.log(ys);
  const a = new A();
  a.kids.push(new A());
  a.kids[0].kids.push(new A());
  console.log(a);
  const big = new A();
  for (let i = 0; i < 10; i++) big.m.set("key" + i, i * 1000);
  console.log(big);
  console.log([1.5, -2, 3e21, NaN, Infinity, 0.1, -0]);
  console.log(["x".repeat(30), "y".repeat(30), "z".repeat(30)]);
  const grid = [[1, 2], [3, 4]];
  console.log(grid, [["a"]]);
  console.log("100%", 5);
  console.log("%s is %d", "x", 42, "extra");
  console.log("%o %O %c|", 1, "s", "css");
  console.log("%%", 1);
  console.log(new Empty(), [new Empty()]);
  const cy = new Cyc();
  cy.self = cy;
  console.log(cy);
  console.log(["\t\x01\x7f\u2028", "\ud800", "é"]);
  const nested = new Map<number, number[]>();
  nested.set(1, [1, 2]);
  nested.set(2, []);
  console.log(nested);
  const bs: boolean[] = [];
  for (let i = 0; i < 7; i++) bs.push(i % 2 === 0);
  console.log(bs);
  const opt: (number | undefined)[] = [undefined, 1];
  console.log(opt, [null], undefined, null, true, -0, 3.25, "top");
  console.log(named, [named], (x: number) => x + 1);
  const t: [number, string] = [1, "two"];
  console.log(t, [t, t]);
  console.log();
  return 0;
}
