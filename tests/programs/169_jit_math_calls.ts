// Math functions in a JIT-driven loop: the JIT calls rts/rlib's fdlibm
// functions (elidable: residual calls, folded when every argument is a
// constant) instead of tracing through them; the results must keep Node's
// bits — with variable arguments, with constant ones (folded at trace
// time), and with the special cases (NaN, infinities, negative zero, huge
// reductions) that the traced code once checked with guards.
// jit-summary: loops > 0
import { JitDriver } from "rts/jit";

class Acc {
  sum = 0.0;
  bits = "";
}

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "a"] });

const SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e300, -1e300, 1e-310, Infinity, -Infinity, NaN, 3.141592653589793, 1e22];

function finite(v: number): number {
  return Number.isFinite(v) ? v : 0;
}

function run(n: number, a: Acc): void {
  const k = 0;
  let i = 0;
  while (i < n) {
    driver.jitMergePoint({ k, i, n, a });
    const x = SPECIAL[i % SPECIAL.length];
    const y = i * 0.37 - 3;
    // variable arguments
    const p = Math.pow(y, 1.5) + Math.pow(x, -1.5) + Math.pow(2, x) + Math.pow(x, 0.5);
    const t = Math.sin(y) + Math.cos(x * 1e6) + Math.tan(y / 3);
    const e = Math.exp(y / 4) + Math.log(Math.abs(y) + 1e-9) + Math.atan(x) + Math.atan2(y, x);
    // constant arguments: folded when the trace is optimized
    const c = Math.pow(10, 0.25) + Math.sin(1e10) + Math.log(7) + Math.exp(-2.5) + Math.atan2(-0.0, -1);
    a.sum = a.sum + finite(p) * 1e-9 + finite(t) + finite(e) * 1e-12 + c;
    if (i % 97 === 0) a.bits += String(p) + " " + String(t) + " " + String(e) + " " + String(c) + "\n";
    i++;
    driver.canEnterJit({ k, i, n, a });
  }
}

export function main(argv: string[]): number {
  for (const n of [1, 40, 1200]) {
    const a = new Acc();
    run(n, a);
    console.log(String(n) + ": " + String(a.sum));
    console.log(a.bits);
  }
  return argv.length > 5 ? 1 : 0;
}
