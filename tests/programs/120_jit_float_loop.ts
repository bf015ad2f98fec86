// A JIT-driven loop of float arithmetic with constants: in machine code a
// float constant is an immediate of its 64 bits, most of them beyond 2^53
// (0.1, 2.5e-3, 1e300) — a divergence once, when those bits went through
// a double on their way into the code.  Greens: the step; reds: the state.
import { JitDriver } from "rts/jit";

class State {
  x = 0.0;
  y = 1.0;
  big = 1e300;
  count = 0;
}

const driver = new JitDriver({ greens: ["step"], reds: ["i", "n", "s"] });

function simulate(n: number, s: State): void {
  const step = 0;
  let i = 0;
  while (i < n) {
    driver.jitMergePoint({ step, i, n, s });
    s.x = s.x * 0.5 + 0.1;
    s.y = s.y - 2.5e-3 * s.x;
    if (s.big > 1e-300) s.big = s.big * 0.75;
    if (s.x < 0.19999) s.count++;
    i++;
    driver.canEnterJit({ step, i, n, s });
  }
}

export function main(argv: string[]): number {
  for (const n of [1, 7, 100, 600]) {
    const s = new State();
    simulate(n, s);
    console.log(String(n) + ": " + String(s.x) + " " + String(s.y) + " " + String(s.big) + " " + String(s.count));
  }
  return argv.length > 5 ? 1 : 0;
}
