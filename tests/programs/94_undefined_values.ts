// `T | undefined` and `T | null` as values, for every T: library results
// (Map.get, pop, shift, find, at), optional fields and parameters, and the
// operators that test them (=== undefined, truthiness, ??, ?., !).

class Node {
  label?: string;
  weight: number | undefined;
  constructor(public v: number, public next: Node | null = null) {}
}

function lookup(m: Map<string, number>, k: string): string {
  const v = m.get(k);
  if (v === undefined) return k + " missing";
  return k + "=" + (v + 1);
}

function count(m: Map<string, number>, k: string): void {
  m.set(k, m.get(k) === undefined ? 1 : m.get(k)! + 1);
}

function maybe(n: number): number | undefined {
  return n > 2 ? n * 10 : undefined;
}

function opt(a: number, b?: number, c: number = 7): string {
  return `${a} ${b} ${c} ${b ?? -1}`;
}

function half(b?: number): number {
  const c = b;
  return c === undefined ? -1 : c / 2;
}

function flag(on?: boolean): string {
  if (on === undefined) return "unset";
  return on ? "on" : "off";
}

export function main(argv: string[]): number {
  const m = new Map<string, number>();
  m.set("a", 1);
  console.log(lookup(m, "a") + " " + lookup(m, "z"));
  for (const w of ["x", "y", "x", "x"]) count(m, w);
  console.log(`${m.get("x")} ${m.get("y")} ${m.get("q")} ${m.get("q") ?? 0}`);

  // the worklist idiom
  const stack = [1, 2, 3];
  let x: number | undefined;
  let total = 0;
  while ((x = stack.pop()) !== undefined) total += x;
  console.log(total + " " + stack.pop() + " " + String(stack.pop()));
  const words = ["a", "bb"];
  console.log(words.shift() + " " + words.shift() + " " + words.shift());
  const queue: Node[] = [new Node(1), new Node(2)];
  let visited = 0;
  for (let n = queue.shift(); n !== undefined; n = queue.shift()) visited += n.v;
  console.log("visited " + visited);

  for (let i = 0; i < 5; i++) {
    const r = maybe(i);
    if (r) console.log("truthy " + r);
    else console.log(`falsy ${r} ${r ?? -1} ${r === undefined} ${!r}`);
  }
  console.log(opt(1) + " | " + opt(1, 2) + " | " + opt(1, 2, 3) + " | " + opt(1, undefined, undefined));
  console.log(`${half()} ${half(3)} ${flag()} ${flag(true)} ${flag(false)}`);

  let s: string | undefined = undefined;
  console.log(s === undefined);
  s = "hi";
  console.log(s.length);

  // optional chains ending in a number, optional fields
  const n = new Node(1, new Node(2));
  const nodes: (Node | null)[] = [n, null];
  for (const k of nodes) {
    const v = k?.v;
    console.log(v);
  }
  console.log(`${n.next?.v} ${n.next?.next?.v} ${n.next?.next?.v ?? 99}`);
  console.log(`${n.label} ${n.weight} ${n.label === undefined} ${n.label ?? "no label"}`);
  n.label = "first";
  n.weight = 2.5;
  console.log(`${n.label} ${n.weight} ${n.label.toUpperCase()} ${n.weight * 2}`);
  n.weight = undefined;
  console.log(n.weight);

  // arrays of optional values, find and at
  const bools: (boolean | undefined)[] = [true, undefined, false];
  for (const b of bools) console.log(b);
  const found = [5, 6, 7].find((v) => v > 5);
  const notFound = [5, 6, 7].find((v) => v > 50);
  console.log(`${found} ${notFound} ${[1, 2, 3].at(-1)} ${[1, 2, 3].at(5)} ${["p", "q"].at(0)}`);
  const firstBig = [n, n.next!].find((k) => k.v > 1);
  console.log(firstBig?.v);

  // null primitives
  let u: number | null = null;
  console.log(u);
  u = 4;
  console.log(u + 1);
  const scores = new Map<string, number | null>();
  scores.set("ann", null);
  scores.set("bob", 3.5);
  for (const who of ["ann", "bob", "cid"]) {
    const sc = scores.get(who);
    console.log(`${who}: ${sc} ${sc === null} ${sc === undefined} ${sc ?? -1}`);
  }

  // equality of values that may be undefined
  const xs: (number | undefined)[] = [undefined, 1, undefined, NaN, 0.5];
  let eq = "";
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) eq += xs[i] === xs[j] ? "1" : "0";
  console.log(eq);
  const ss: (string | undefined | null)[] = ["a", undefined, null, "a"];
  let seq = "";
  for (const p of ss) for (const q of ss) seq += p === q ? "1" : "0";
  console.log(seq);
  // join writes undefined and null as empty; indexOf and includes use ===
  const opts: (number | undefined)[] = [1.5, undefined, NaN, 2];
  console.log(`${opts.join("/")} ${opts.indexOf(undefined)} ${opts.indexOf(NaN)} ${opts.indexOf(2)} ${opts.includes(undefined)}`);
  const strs: (string | undefined)[] = ["", undefined, "x"];
  console.log(`${strs.join("+")} ${strs.indexOf(undefined)} ${strs.indexOf("")} ${strs.lastIndexOf("x")}`);
  return 0;
}
