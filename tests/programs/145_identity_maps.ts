// Maps and Sets keyed by objects: identity, as in JavaScript.  Symbols
// interned in a Map<string, Sym>, environments keyed by them (a Scheme's),
// visited sets of graph nodes, records as keys, nullable keys, prebuilt maps
// keyed by prebuilt objects, many keys (rehashing while the GC moves them).
import { JitDriver } from "rts/jit";

class Sym {
  static readonly interned = new Map<string, Sym>();
  constructor(readonly name: string) {}
  static of(name: string): Sym {
    const known = Sym.interned.get(name);
    if (known) return known;
    const fresh = new Sym(name);
    Sym.interned.set(name, fresh);
    return fresh;
  }
}

class Env {
  private readonly vars = new Map<Sym, number>();
  constructor(private readonly parent: Env | null = null) {}
  lookup(s: Sym): number {
    for (let e: Env | null = this; e; e = e.parent) if (e.vars.has(s)) return e.vars.get(s)!;
    throw new Error(`unbound ${s.name}`);
  }
  define(s: Sym, v: number): void { this.vars.set(s, v); }
}

class GNode {
  edges: GNode[] = [];
  constructor(readonly id: number) {}
}

interface Pt { x: number; y: number }

class Color { constructor(readonly name: string) {} }
const RED = new Color("red");
const GREEN = new Color("green");
const HEX = new Map<Color, string>([[RED, "#f00"], [GREEN, "#0f0"]]);
const SEEN = new Set<Color>([RED]);

// a loop the JIT traces: variables in a Map keyed by symbols (the hash is read from the header in machine code)
const driver = new JitDriver({ greens: ["pc", "code"], reds: ["env", "acc", "n"] });
function runLoop(code: Sym[], env: Map<Sym, number>, n: number): number {
  let pc = 0;
  let acc = 0;
  while (acc < n) {
    driver.jitMergePoint({ pc, code, env, acc, n });
    const s = code[pc];
    const v = env.get(s) ?? 0;
    env.set(s, v + pc + 1);
    acc += 1;
    pc = pc + 1 === code.length ? 0 : pc + 1;
    if (pc === 0) driver.canEnterJit({ pc, code, env, acc, n });
  }
  return acc;
}

function reachable(start: GNode): number {
  const seen = new Set<GNode>();
  const stack = [start];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of n.edges) stack.push(m);
  }
  return seen.size;
}

export function main(argv: string[]): number {
  const global = new Env();
  global.define(Sym.of("x"), 1);
  const inner = new Env(global);
  inner.define(Sym.of("y"), 2);
  console.log(inner.lookup(Sym.of("x")), inner.lookup(Sym.of("y")), Sym.of("x") === Sym.of("x"));
  try {
    inner.lookup(Sym.of("z"));
  } catch (e) {
    console.log((e as Error).message);
  }

  // a ring with chords: identity, not structure
  const nodes: GNode[] = [];
  for (let i = 0; i < 50; i++) nodes.push(new GNode(i % 7));
  for (let i = 0; i < 50; i++) {
    nodes[i].edges.push(nodes[(i + 1) % 50]);
    if (i % 5 === 0) nodes[i].edges.push(nodes[(i * 3) % 50]);
  }
  console.log(reachable(nodes[0]), reachable(new GNode(3)));

  // records are objects too: two equal literals are two keys
  const a: Pt = { x: 1, y: 2 };
  const b: Pt = { x: 1, y: 2 };
  const names = new Map<Pt, string>();
  names.set(a, "a");
  names.set(b, "b");
  names.set(a, "a2");
  console.log(names.size, names.get(a), names.get(b), names.has({ x: 1, y: 2 }));
  for (const [k, v] of names) console.log(k.x, k.y, v);
  names.delete(a);
  console.log([...names.values()], names.has(a));

  // nullable keys
  const parents = new Map<GNode | null, string>();
  parents.set(null, "root");
  parents.set(nodes[1], "one");
  console.log(parents.get(null), parents.get(nodes[1]), parents.get(nodes[2]) ?? "none", parents.size);

  // prebuilt maps and sets keyed by prebuilt objects, and new keys at run time
  console.log(HEX.get(RED), HEX.get(GREEN), SEEN.has(RED), SEEN.has(GREEN));
  const blue = new Color(argv.length > 5 ? "x" : "blue");
  HEX.set(blue, "#00f");
  SEEN.add(blue);
  console.log([...HEX.values()].join(" "), SEEN.size, HEX.get(new Color("red")) === undefined);

  // many keys: the tables grow while the collector moves the objects
  const big = new Map<GNode, number>();
  const keep: GNode[] = [];
  for (let i = 0; i < 20000; i++) {
    const n = new GNode(i);
    if (i % 3 === 0) keep.push(n);
    big.set(n, i);
    if (i % 3 === 1) big.delete(n);
    const garbage: number[] = [i, i + 1, i + 2];
    if (garbage.length !== 3) console.log("?");
  }
  let sum = 0;
  for (const n of keep) sum += big.get(n)!;
  console.log(big.size, keep.length, sum, big.has(new GNode(0)));
  const counts = new Map<Sym, number>();
  for (const w of "a b a c b a".split(" ")) counts.set(Sym.of(w), (counts.get(Sym.of(w)) ?? 0) + 1);
  console.log([...counts].map(([s, n]) => `${s.name}=${n}`).join(","));
  console.log(new Map([[RED, 1]]));
  const env = new Map<Sym, number>();
  const code = [Sym.of("i"), Sym.of("j"), Sym.of("i"), Sym.of("k")];
  console.log(runLoop(code, env, 4000), [...env].map(([s, v]) => `${s.name}:${v}`).join(" "));
  return 0;
}
