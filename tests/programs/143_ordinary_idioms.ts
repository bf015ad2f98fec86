// Idioms from ordinary programs (tests/ordinary): a lexer's peek() that reads
// past the end of the string (undefined on Node, and so in RTS — a divergence
// the measurement found), casts of a record union to the shape being patched
// (`(prog[i] as { y: number }).y = ...`, checked), tuple literals typed by
// their context (closures of different origins in one `[string, Op][]`),
// tuples with optional elements (length and printing as on Node), a
// recursive type in a tuple.
type Inst = { op: "char"; c: string } | { op: "split"; x: number; y: number } | { op: "jmp"; to: number } | { op: "match" };

function tokens(src: string): string[] {
  let pos = 0;
  const peek = () => src[pos];
  const out: string[] = [];
  while (pos < src.length) {
    if (peek() === " ") {
      pos++;
      continue;
    }
    let word = "";
    while (peek() !== " " && peek() !== undefined) word += src[pos++];
    out.push(word);
  }
  const past = peek();
  out.push(past === undefined ? "(end)" : past);
  return out;
}

function compile(alternatives: string[]): Inst[] {
  const prog: Inst[] = [];
  const jumps: number[] = [];
  alternatives.forEach((alt, i) => {
    const split = i + 1 < alternatives.length ? prog.push({ op: "split", x: prog.length + 1, y: -1 }) - 1 : -1;
    for (const c of alt) prog.push({ op: "char", c });
    if (split >= 0) {
      jumps.push(prog.push({ op: "jmp", to: -1 }) - 1);
      (prog[split] as { y: number }).y = prog.length;
    }
  });
  for (const j of jumps) (prog[j] as { to: number }).to = prog.length;
  prog.push({ op: "match" });
  return prog;
}

type Op = (stack: number[]) => void;
class Machine {
  readonly stack: number[] = [];
  private readonly ops: Map<string, Op>;
  constructor() {
    const binary = (f: (a: number, b: number) => number): Op => (s) => {
      const b = s.pop()!;
      const a = s.pop()!;
      s.push(f(a, b));
    };
    const defs: Array<[string, Op]> = [
      ["+", binary((a, b) => a + b)],
      ["*", binary((a, b) => a * b)],
      ["dup", (s) => s.push(s[s.length - 1])],
    ];
    this.ops = new Map(defs);
  }
  run(words: string[]): number[] {
    for (const w of words) {
      const op = this.ops.get(w);
      if (op) op(this.stack);
      else this.stack.push(Number(w));
    }
    return this.stack;
  }
}

type Term = { tag: "num"; n: number } | { tag: "add"; args: [string, Term][] };
function sum(t: Term): number {
  return t.tag === "num" ? t.n : t.args.reduce((acc, [, u]) => acc + sum(u), 0);
}

interface Entry {
  level: string;
  fields: Record<string, string>;
}

function records(lines: string[]): void {
  const entries: Entry[] = [];
  for (const line of lines) {
    const m = /^(?<level>[A-Z]+) (?<rest>.*)$/.exec(line);
    if (!m?.groups) continue;
    // destructuring the groups (an object used as a map)
    const { level, rest, missing } = m.groups;
    const fields: Record<string, string> = {};
    for (const kv of rest.split(" ")) {
      const [k, v] = kv.split("=") as [string, string];
      fields[k] = v;
    }
    entries.push({ level, fields });
    console.log(level, missing === undefined);
  }
  // a missing key read only to be stored: undefined, as on Node (was a fatal error: a divergence)
  const users = entries.map((e) => ({ level: e.level, user: e.fields.user, all: [e.fields.ip, e.fields.user] }));
  console.log(users, JSON.stringify(users));
  // computed keys in an object used as a map
  const byLevel = entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.level]: (acc[e.level] ?? 0) + 1 }), {});
  console.log(byLevel, Object.entries(byLevel).length);
}

// parameters typed only as Iterable<T>: what they iterate is decided by the value passed
function countChars<I extends Iterable<string>>(xs: I): number {
  let n = 0;
  for (const x of xs) n += x.length;
  return n + new Set(xs).size;
}
function sumOf(xs: Iterable<number>): number {
  return [...xs].reduce((a, b) => a + b, 0);
}
function showPairs(xs: Iterable<[string, number]>): string {
  return Array.from(xs, ([k, v]) => `${k}=${v}`).join(",");
}
class Cells {
  private cells: Set<string>;
  constructor(cells: Iterable<string>) {
    this.cells = new Set(cells);
  }
  get size(): number {
    return this.cells.size;
  }
}

function edges(spec: string): string[] {
  // a local enum of constants
  enum Kind { Vertex, Edge }
  const out: string[] = [];
  for (const pair of spec.split(" ")) {
    // an element past the end that the program tests for undefined (was a fatal error: a divergence)
    const [a, b] = pair.split("-");
    const kind = b === undefined ? Kind.Vertex : Kind.Edge;
    out.push(kind === Kind.Vertex ? `(${a})` : `${a}->${b}`);
  }
  return out;
}

export function main(argv: string[]): number {
  console.log(edges("a-b c b-c").join(" "));
  console.log(countChars(["ab", "c", "ab"]), countChars("héllo"), countChars(new Set(["x", "yy"])), sumOf(new Set([4, 5, 4])));
  console.log(showPairs(new Map([["a", 1], ["b", 2]])), new Cells(["a", "b", "a"]).size, new Cells([]).size);
  // number keys computed as floats (`[...s].map(Number)`, `i / 2 * 2`): the integers they equal
  const digits = new Set([..."3230"].map(Number));
  const halves = new Map<number, string>();
  for (let i = 0; i < 4; i++) halves.set((i / 2) * 2, `v${i}`);
  halves.set(-0, "zero");
  console.log(digits, digits.has(Number("2")), halves, halves.get(Math.sqrt(4)));
  records(["INFO ip=1 user=ann", "WARN ip=2", "nothing here", "INFO ip=3"]);
  console.log(tokens(" let  x = 42 ").join("|"), tokens("").join("|"));
  console.log(compile(["ab", "c", "de"]));
  console.log(new Machine().run("2 3 + dup *".split(" ")));
  const programs: Array<[string, number, string?]> = [["one", 1], ["two", 2, "extra"], ["three", 3]];
  for (const p of programs) console.log(p.length, p[2] ?? "-", p, String(p));
  const [name, n, more] = programs[0];
  console.log(name, n, more === undefined);
  const mixed: [string | null, number, boolean, string | undefined] = [argv.length > 5 ? "x" : null, 1.5, true, argv.length > 5 ? "y" : undefined];
  console.log(`${mixed}|` + String(mixed), mixed);
  const t: Term = { tag: "add", args: [["a", { tag: "num", n: 1 }], ["b", { tag: "add", args: [["c", { tag: "num", n: 2 }]] }]] };
  console.log(sum(t));
  return 0;
}
