// The portal rewrite passes the values live after the merge point to the
// code that runs the loop body. It took them in the merge point block's
// order where the body wanted them in the order it first uses them: with
// the green `pc` unused in the body but carried round the loop, `pc` and
// `n` swapped places and `while (i < n)` compared i with pc — every
// --jit binary ran this loop once (found measuring register pressure).
import { JitDriver } from "rts/jit";

const driver = new JitDriver({ greens: ["pc"], reds: ["i", "n", "a"] });

function run(n: number): number {
  const pc = 0;
  let i = 0;
  let a = 1;
  while (i < n) {
    driver.jitMergePoint({ pc, i, n, a });
    a = (a + 3) & 65535;
    i++;
    driver.canEnterJit({ pc, i, n, a });
  }
  return a;
}

const wide = new JitDriver({ greens: ["pc"], reds: ["i", "n", "a", "b", "c", "d", "e", "f", "g", "h", "x"] });

/** Eight int reds and a float one, each round reading them in another order than the driver names them. */
function mix(n: number): string {
  const pc = 1;
  let i = 0;
  let a = 1;
  let b = 2;
  let c = 3;
  let d = 4;
  let e = 5;
  let f = 6;
  let g = 7;
  let h = 8;
  let x = 0.5;
  while (i < n) {
    wide.jitMergePoint({ pc, i, n, a, b, c, d, e, f, g, h, x });
    h = (h + a) & 32767;
    a = (a + b) & 65535;
    g = (g + h) & 16383;
    b = (b ^ c) + 1;
    x = x * 0.75 + h / 1024;
    c = (c + d) & 4095;
    f = (f ^ g) + 3;
    d = (d * 3 + e) & 65535;
    e = (e + f) & 8191;
    i++;
    wide.canEnterJit({ pc, i, n, a, b, c, d, e, f, g, h, x });
  }
  return String(a + b + c + d + e + f + g + h) + " " + x.toFixed(6);
}

export function main(argv: string[]): number {
  for (const n of [0, 1, 2, 10, 1000, 100000]) console.log(String(n) + ": " + String(run(n)) + " " + mix(n));
  return argv.length > 5 ? 1 : 0;
}
