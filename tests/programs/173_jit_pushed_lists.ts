// Lists a traced loop builds with push and shortens with pop (an argument
// list, a small stack): the optimizer keeps them virtual while they stay
// within the room a new list has, and makes them for real — with the items
// pushed so far — when they grow past it, escape into an object, are read
// at an index it does not know, or are in the resume data of a guard that
// fails (items of every kind: numbers, strings, objects).  The output is
// the same untranslated, translated and under the JIT.
// jit-summary: loops > 0
// jit-summary: guard-failures > 0
import { JitDriver } from "rts/jit";

class Pair {
  constructor(
    readonly a: number,
    readonly b: string,
  ) {}
}

class Sink {
  kept: Pair[][] = [];
  text = "";
}

function args3(x: number, y: number, z: number): number[] {
  const out: number[] = [];
  out.push(x);
  out.push(y);
  out.push(z);
  return out;
}

function withFirst(p: Pair, rest: Pair[]): Pair[] {
  const out: Pair[] = [p];
  for (let k = 0; k < rest.length; k++) out.push(rest[k]);
  return out;
}

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "acc", "sink"] });

function run(n: number, sink: Sink): string {
  const k = 0;
  let i = 0;
  let acc = 0;
  while (i < n) {
    driver.jitMergePoint({ k, i, n, acc, sink });
    // pushed and read back at constant indexes: virtual
    const xs = args3(i, i * 2, i % 7);
    acc += xs[0] + xs[1] * xs[2] + xs.length;
    // pushed then popped
    const stack: string[] = [];
    stack.push("a");
    stack.push(i % 3 === 0 ? "b" : "c");
    stack.push("d");
    const top = stack.pop()!;
    sink.text = top + stack[stack.length - 1] + String(stack.length);
    // objects pushed, read, and sometimes kept (escaping with the items pushed so far)
    const ps = withFirst(new Pair(i, "p"), [new Pair(i + 1, "q")]);
    acc += ps[0].a + ps[1].a + ps.length;
    if (i % 50 === 0) sink.kept.push(ps);
    // grows past a new list's room of four: made for real
    const many: number[] = [];
    for (let m = 0; m < 3 + (i % 4); m++) many.push(m * i);
    acc += many.length + many[many.length - 1];
    // a guard that fails with a pushed list live in the resume data
    const late: number[] = [];
    late.push(i);
    if (i % 97 === 5) acc += late.length * 1000 + late[0];
    acc %= 1000003;
    i++;
    driver.canEnterJit({ k, i, n, acc, sink });
  }
  let kept = 0;
  for (const ps of sink.kept) kept += ps[0].a * 10 + ps[1].a + ps.length;
  return `${acc} ${sink.text} ${sink.kept.length} ${kept}`;
}

export function main(argv: string[]): number {
  for (const n of [2, 60, 900]) console.log(`${n}: ${run(n + argv.length, new Sink())}`);
  return 0;
}
