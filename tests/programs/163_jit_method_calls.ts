// Method calls in a traced loop (RPython's guard_class): where the receiver's
// class has one implementation in its subtree, the trace tests the class and
// runs the implementation inlined; the values at one instruction change class
// from round to round, so the class tests fail and bridges follow.  Methods
// of every result kind (int, float, string, none), one inherited by a
// subclass, one overridden, one that throws to its caller, recursive ones
// (a method inlined inside itself stays a call).  The output is the same
// untranslated, translated and under the JIT.
import { JitDriver, immutableFields } from "rts/jit";

class TooHeavy extends Error {}

class Val {
  weight(): number {
    return 0;
  }
  scale(): number {
    return 1.5;
  }
  describe(): string {
    return "val";
  }
  note(log: number[]): void {
    log.push(this.weight() % 7);
  }
  check(limit: number): number {
    const w = this.weight();
    if (w > limit) throw new TooHeavy(`${this.describe()} weighs ${w}`);
    return w;
  }
  depth(): number {
    return 1;
  }
}

class Small extends Val {
  constructor(readonly n: number) {
    super();
  }
  weight(): number {
    return this.n;
  }
}

/** Inherits Small's weight: Small's subtree has one weight. */
class Tiny extends Small {
  describe(): string {
    return "tiny";
  }
}

class Big extends Val {
  constructor(readonly n: number) {
    super();
  }
  weight(): number {
    return this.n * 1000;
  }
  scale(): number {
    return 0.25;
  }
  describe(): string {
    return "big";
  }
}

class Pair extends Val {
  constructor(
    readonly head: Val,
    readonly tail: Val,
  ) {
    super();
  }
  weight(): number {
    return this.head.weight() + this.tail.weight();
  }
  depth(): number {
    return 1 + this.tail.depth();
  }
  describe(): string {
    return "(" + this.head.describe() + " " + this.tail.describe() + ")";
  }
}

const WEIGHT = 0;
const SCALE = 1;
const DESCRIBE = 2;
const NOTE = 3;
const CHECK = 4;
const DEPTH = 5;
const NEXT = 6;
const JUMP = 7;

class Code {
  constructor(
    readonly ops: number[],
    readonly args: number[],
  ) {}
}
immutableFields(Code, "ops[*]", "args[*]");

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["acc", "i", "rounds", "vals", "log"] });

let heavy = 0;

function run(code: Code, vals: Val[], rounds: number, log: number[]): number {
  let pc = 0;
  let acc = 0;
  let i = 0;
  while (pc < code.ops.length) {
    driver.jitMergePoint({ pc, code, acc, i, rounds, vals, log });
    const op = code.ops[pc];
    const arg = code.args[pc];
    const v = vals[i % vals.length];
    pc++;
    if (op === WEIGHT) acc = (acc + v.weight() * arg) % 1000003;
    else if (op === SCALE) acc += Math.floor(v.scale() * arg);
    else if (op === DESCRIBE) acc += v.describe().length;
    else if (op === NOTE) v.note(log);
    else if (op === CHECK) {
      try {
        acc += v.check(arg);
      } catch (e) {
        if (!(e instanceof TooHeavy)) throw e;
        heavy++;
        if (heavy <= 3) console.log(e.message);
      }
    } else if (op === DEPTH) acc += v.depth();
    else if (op === NEXT) i += arg;
    else if (op === JUMP) {
      rounds--;
      if (rounds > 0) {
        pc = arg;
        driver.canEnterJit({ pc, code, acc, i, rounds, vals, log });
      }
    }
  }
  return acc;
}

export function main(_argv: string[]): number {
  const code = new Code([WEIGHT, SCALE, DESCRIBE, NOTE, CHECK, DEPTH, NEXT, JUMP], [3, 4, 0, 0, 2500, 0, 1, 0]);
  const deep = new Pair(new Small(1), new Pair(new Tiny(2), new Pair(new Big(1), new Small(5))));
  // one class for a while (the loop's trace), then classes that change every round (class tests fail: bridges)
  const same: Val[] = [new Small(3), new Small(8), new Small(5)];
  const mixed: Val[] = [new Small(3), new Tiny(4), new Big(2), deep, new Tiny(9), new Val()];
  const log: number[] = [];
  console.log(run(code, same, 300, log));
  console.log(run(code, mixed, 3000, log));
  console.log(run(code, [deep, new Big(3)], 500, log));
  let sum = 0;
  for (const x of log) sum += x;
  console.log(log.length, sum, heavy);
  return 0;
}
