// Ints past ±2^53 in a traced loop: wrapAdd/wrapSub/wrapMul (modulo 2^64,
// then the nearest double, as on Node), JavaScript products and sums that
// round, and an index the int-range pass makes a plain add because a bounds
// check follows it.  A trace's machine code keeps ints as exact 64-bit
// words; wherever JavaScript would round, it must give the rounded value
// (the trace runner's), never the exact one.  Two drivers, one with a green
// (k, always 0) and one with none: their keys are different places (the JIT
// once looked loops up by the green values alone, so `indexed` entered
// run's loop — 0 0 0, or a fatal error, under --jit).  The output is the
// same untranslated, translated and under the JIT.
// jit-summary: loops > 0
import { JitDriver } from "rts/jit";
import { intmask, wrapAdd, wrapMul, wrapSub } from "rts/rlib";

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "x", "big", "sum", "mix"] });

function run(n: number, seed: number): string {
  const k = 0;
  let i = 0;
  let x = seed;
  let big = 0;
  let sum = 0;
  let mix = 0;
  while (i < n) {
    driver.jitMergePoint({ k, i, n, x, big, sum, mix });
    x = wrapAdd(wrapMul(x, 6364136223846793005), 1442695040888963407);
    big = wrapSub(x, 1 + (i & 7));
    // a JavaScript sum and product of large ints: both round
    sum = (x & 0x3ffffff) * 1073741824 + (i % 5) + 3;
    mix = (mix + (intmask(x) % 1000003) + (sum % 997)) % 1000000007;
    i++;
    driver.canEnterJit({ k, i, n, x, big, sum, mix });
  }
  return `${x} ${big} ${sum} ${mix}`;
}

const driver2 = new JitDriver({ greens: [], reds: ["i", "n", "off", "xs", "acc"] });

/** xs[i + off]: the int-range pass proves i + off small from the bounds check after it. */
function indexed(n: number, off: number): number {
  const xs = [3, 1, 4, 1, 5, 9, 2, 6];
  let i = 0;
  let acc = 0;
  while (i < n) {
    driver2.jitMergePoint({ i, n, off, xs, acc });
    const j = (i & 3) + off;
    acc += xs[j] ?? -1;
    i++;
    driver2.canEnterJit({ i, n, off, xs, acc });
  }
  return acc;
}

export function main(argv: string[]): number {
  for (const n of [0, 3, 200, 3000]) console.log(`${n}: ${run(n + argv.length, 88172645463325252)}`);
  console.log(run(2000, -9007199254740991));
  console.log(`${indexed(2000, 2)} ${indexed(2000, 4)} ${indexed(500, 9007199254740990)}`);
  return 0;
}
