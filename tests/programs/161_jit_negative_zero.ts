// -0.0 is not 0.0 to the JIT: the optimizer keyed pure operations by their
// float constants' String(), which says "0" for both, so `x * -0.0` and
// `x * 0.0` in one trace became one operation; a guard_value on a float
// took -0.0 for 0.0 too.  (Found running the Python conformance suite with
// every threshold 1: `0.0 % -5` printed 0.0 where CPython prints -0.0.)
import { JitDriver } from "rts/jit";

const driver = new JitDriver({ greens: ["pc"], reds: ["i", "n", "x", "pos", "neg"] });

function signs(n: number): string {
  const pc = 0;
  let i = 0;
  let x = 1.5;
  let pos = 0;
  let neg = 0;
  while (i < n) {
    driver.jitMergePoint({ pc, i, n, x, pos, neg });
    const a = x * 0.0;
    const b = x * -0.0;
    // 1/0 is +Infinity, 1/-0 is -Infinity
    if (1 / a > 0) pos++;
    if (1 / b < 0) neg++;
    const zero = i % 2 === 0 ? -0.0 : 0.0;
    if (1 / zero < 0) neg += 10;
    x = x + 0.25;
    i++;
    driver.canEnterJit({ pc, i, n, x, pos, neg });
  }
  return `${pos} ${neg}`;
}

export function main(argv: string[]): number {
  console.log(signs(100));
  console.log(signs(7));
  return 0;
}
