// Closures called in a traced loop (RPython's indirect_call): the trace
// guards the code pointer and runs the closure's body inlined — closures
// that capture values, that return ints, floats, strings or nothing, that
// throw to the loop, that call themselves (a call inside itself stays a
// call) — and the closure at a site changes from round to round, so the
// guard fails and bridges follow.  Calls the JIT leaves residual with more
// arguments than the machine passes in registers (seven, eight and nine ints,
// with floats among them) go through the stack.  The output is the same
// untranslated, translated and under the JIT.
// jit-summary: loops > 0
// jit-summary: guard-failures > 0
import { JitDriver, dontLookInside } from "rts/jit";

class Overflow extends Error {}

class State {
  total = 0;
  fsum = 0.0;
  text = "";
  log: number[] = [];
}

type Step = (s: State, i: number) => number;

function mix7(a: number, b: number, c: number, d: number, e: number, f: number, g: number): number {
  return a + 2 * b + 3 * c + 5 * d + 7 * e + 11 * f + 13 * g;
}
dontLookInside(mix7);

function mix8(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): number {
  return a * 17 - b + c - d * 3 + e - f + g * 19 - h;
}
dontLookInside(mix8);

function mix9(a: number, x: number, b: number, c: number, d: number, y: number, e: number, f: number, g: number, h: number, k: number): number {
  return a - b + c * 3 - d + e * 5 - f + g * 7 - h + k * 11 + Math.floor(x * 10) + Math.floor(y * 100);
}
dontLookInside(mix9);

function makeSteps(scale: number, names: string[]): Step[] {
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  return [
    (s, i) => s.total + i * scale,
    (s, i) => {
      s.fsum += i / (scale + 0.5);
      return s.total + 1;
    },
    (s, i) => {
      s.text = names[i % names.length];
      return s.total + s.text.length;
    },
    (s, i) => {
      if (s.total > 5000 && i % 7 === 0) throw new Overflow(`overflow at ${i}`);
      return s.total - 3;
    },
    (s, i) => s.total + fact(i % 6),
    (s, i) => {
      s.log.push(i % 11);
      return s.total + (mix7(i, 1, 2, 3, 4, 5, 6) % 17) + (mix8(1, i, 2, 3, 4, 5, 6, i) % 5);
    },
    (s, i) => s.total + (mix9(i, 0.25, 2, 3, 4, 0.125, 6, 7, 8, 9, 10) % 23),
  ];
}

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "s", "steps", "pick"] });

function run(steps: Step[], pick: number[], n: number): State {
  const s = new State();
  const k = 0;
  let i = 0;
  while (i < n) {
    driver.jitMergePoint({ k, i, n, s, steps, pick });
    const f = steps[pick[i % pick.length]];
    try {
      s.total = f(s, i);
    } catch (e) {
      if (!(e instanceof Overflow)) throw e;
      s.text = e.message;
      s.total = s.total % 1000;
    }
    i++;
    driver.canEnterJit({ k, i, n, s, steps, pick });
  }
  return s;
}

export function main(argv: string[]): number {
  const steps = makeSteps(argv.length + 3, ["ab", "cde", "f", "ghij"]);
  // one closure everywhere, then a few in turn, then all of them in a pattern
  const picks = [[0], [1], [0, 1, 2], [3, 3, 4], [5, 6], [0, 1, 2, 3, 4, 5, 6, 2, 4]];
  for (const pick of picks) {
    for (const n of [5, 300, 2000]) {
      const s = run(steps, pick, n);
      let logSum = 0;
      for (const x of s.log) logSum += x;
      console.log(`[${pick.join(",")}] ${n}: total ${s.total} fsum ${s.fsum} text ${s.text} log ${s.log.length}/${logSum}`);
    }
  }
  console.log(String(mix7(1, 2, 3, 4, 5, 6, 7)) + " " + String(mix8(1, 2, 3, 4, 5, 6, 7, 8)) + " " + String(mix9(1, 0.5, 2, 3, 4, 0.25, 5, 6, 7, 8, 9)));
  return 0;
}
