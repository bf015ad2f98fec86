// Loops the JIT peels (a preamble, then a body that jumps to its own
// label): values that go round the loop as boxes (a box replaced each
// round, two boxes swapped each round), a write the body keeps delayed
// round the loop (the same slot written every round), a read of a field
// that does not change (done once, in the preamble), an index base that
// moves each round (items hoisted checks cannot cover), and guards that fail
// in the body now and then with boxes and delayed writes still to make.
// Every value must come out as the interpreter computes it, however the
// loop leaves.
import { JitDriver } from "rts/jit";

class Num {
  constructor(readonly v: number) {}
}

class Config {
  constructor(
    readonly step: number,
    readonly limit: number,
  ) {}
}

class State {
  slots: Num[] = [new Num(0), new Num(0), new Num(0), new Num(0)];
  sp = 1;
  seen = 0;
}

const driver = new JitDriver({ greens: ["kind"], reds: ["i", "n", "cur", "a", "b", "cfg", "st"] });

function spin(n: number, cfg: Config, st: State): string {
  const kind = 0;
  let i = 0;
  let cur = new Num(1);
  let a = new Num(2);
  let b = new Num(3);
  while (i < n) {
    driver.jitMergePoint({ kind, i, n, cur, a, b, cfg, st });
    // a box replaced each round, from a field that never changes
    cur = new Num(cur.v + cfg.step);
    // two boxes swapped each round
    const t = a;
    a = b;
    b = new Num(t.v + 1);
    // the same slot, written every round
    st.slots[st.sp] = new Num(cur.v + a.v);
    if (cur.v > cfg.limit) {
      // one round in many leaves the usual path with all of it still virtual
      st.seen++;
      cur = new Num(cur.v - cfg.limit);
    }
    if (i % 97 === 50) st.slots[st.sp + 1] = b;
    i++;
    driver.canEnterJit({ kind, i, n, cur, a, b, cfg, st });
  }
  return "cur " + String(cur.v) + " a " + String(a.v) + " b " + String(b.v) + " seen " + String(st.seen) + " slots " + st.slots.map((x) => String(x.v)).join(",");
}

const deeper = new JitDriver({ greens: ["kind"], reds: ["i", "n", "base", "acc", "stack"] });

// each round works two items further up the list (an interpreter's frame one call deeper each time)
function climb(n: number, stack: Num[]): string {
  const kind = 1;
  let i = 0;
  let base = 0;
  let acc = new Num(0);
  while (i < n) {
    deeper.jitMergePoint({ kind, i, n, base, acc, stack });
    stack[base] = new Num(i);
    stack[base + 1] = new Num(stack[base].v * 2 + acc.v);
    acc = new Num(stack[base + 1].v % 1000);
    base += 2;
    i++;
    deeper.canEnterJit({ kind, i, n, base, acc, stack });
  }
  let sum = 0;
  for (const x of stack) sum += x.v;
  return "acc " + String(acc.v) + " base " + String(base) + " sum " + String(sum);
}

export function main(argv: string[]): number {
  for (const n of [3, 40, 300]) {
    console.log(String(n) + ": " + spin(n, new Config(3, 200), new State()));
    const stack: Num[] = [];
    for (let k = 0; k < 2 * n + 2; k++) stack.push(new Num(-k));
    console.log("  climb " + climb(n, stack));
  }
  return argv.length > 5 ? 1 : 0;
}
