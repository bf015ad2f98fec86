// Boxed values as an interpreter holds them, in a JIT-driven loop: the
// optimizer removes the boxes that live within one iteration (virtuals) and
// delays the writes of list items and fields that a later write replaces.
// A guard that fails mid-iteration (one iteration in eight takes the other
// branch, and later a bridge) must make the boxes it still needs — a box in
// a local, a box inside a box, boxes only a delayed list write holds — and
// do the delayed writes before the interpreter goes on.
import { JitDriver } from "rts/jit";

class Num {
  constructor(readonly v: number) {}
}

class Pair {
  constructor(
    public a: Num,
    public b: Num,
  ) {}
}

class Acc {
  total: Num = new Num(0);
  last: Pair | null = null;
  count = 0;
  sp = 0;
}

const driver = new JitDriver({ greens: ["mode"], reds: ["i", "n", "acc", "stack"] });

function run(n: number, acc: Acc, stack: Num[]): void {
  const mode = 0;
  let i = 0;
  while (i < n) {
    driver.jitMergePoint({ mode, i, n, acc, stack });
    const x = new Num(i * 3);
    const p = new Pair(x, new Num(x.v + 1));
    stack[0] = p.a;
    stack[1] = p.b;
    acc.sp = 2;
    if ((i & 7) === 3) {
      // the pair escapes here; on the guard's other side it was never made
      acc.last = p;
      acc.count++;
    }
    const s = stack[0].v + stack[1].v;
    stack[1] = new Num(s);
    acc.sp = 1;
    if ((i & 15) === 9) stack[2] = new Num(stack[1].v * 2);
    acc.total = new Num(acc.total.v + s);
    i++;
    driver.canEnterJit({ mode, i, n, acc, stack });
  }
}

export function main(argv: string[]): number {
  for (const n of [5, 100, 3000]) {
    const acc = new Acc();
    const stack = [new Num(-1), new Num(-1), new Num(-1)];
    run(n, acc, stack);
    const last = acc.last;
    console.log(String(n) + ": total " + String(acc.total.v) + " count " + String(acc.count) + " sp " + String(acc.sp));
    console.log("  last " + (last === null ? "none" : String(last.a.v) + "/" + String(last.b.v)) + " stack " + String(stack[0].v) + " " + String(stack[1].v) + " " + String(stack[2].v));
  }
  return argv.length > 5 ? 1 : 0;
}
