// Ops the x86-64 backend does inline since December: a list literal that
// escapes (`[]`, `[a, b]` of ints, floats and objects: its list and items
// carved out of the nursery, its items stored), `x | 0` of a float
// (ToInt32: a truncation, its low 32 bits; NaN, the infinities and values
// beyond 2^63 leave to the runner) and Math.sqrt (sqrtsd).  Covered: the
// three kinds of items, a literal kept past many minor collections, the
// ToInt32 corner cases (negative fractions, 2^31 and beyond, -0, the
// special values), square roots of negative numbers, -0 and NaN.
// jit-summary: loops > 0
import { JitDriver } from "rts/jit";

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

class Acc {
  sum = 0;
  lists: number[][] = [];
  floats: number[][] = [];
  points: Point[][] = [];
  empties: number[][] = [];
  text = "";
}

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "a"] });

const SPECIAL = [0.5, -0.5, -1.5, 2147483647.9, 2147483648, -2147483649, 4294967296.5, 9007199254740993, 1e20, -1e20, 9.3e18, -0.0, 1e300, Infinity, -Infinity, NaN, 12345.678];

function run(n: number, a: Acc): void {
  const k = 0;
  let i = 0;
  while (i < n) {
    driver.jitMergePoint({ k, i, n, a });
    const x = SPECIAL[i % SPECIAL.length];
    const y = i * 0.75 - 40;
    const t = (x | 0) + ((y * 1e9) | 0) + ((x * i) | 0);
    const r = Math.sqrt(y) + Math.sqrt(x * x) + Math.sqrt(-0.0);
    const ints = [i, t, i % 7];
    const floats = [y, r];
    const pts = [new Point(i, y), new Point(x, t)];
    const empty: number[] = [];
    if (i % 3 === 0) empty.push(i);
    a.lists.push(ints);
    a.floats.push(floats);
    a.points.push(pts);
    a.empties.push(empty);
    a.sum += ints[0] + ints[1] * 2 + ints[2] + (Number.isNaN(floats[1]) ? 1 : floats[1] > 1e200 ? 2 : floats[1]) + pts[1].y + empty.length;
    if (i % 131 === 0) a.text += String(t) + " " + String(r) + " " + String(x | 0) + "\n";
    i++;
    driver.canEnterJit({ k, i, n, a });
  }
}

/** The lists kept by a run, read back after it (and its minor collections). */
function readBack(a: Acc): number {
  let check = 0;
  a.lists.forEach((l, j) => {
    check += l[0] - l[2] + a.points[j][0].x + a.empties[j].length + (a.floats[j][0] | 0);
  });
  return check;
}

export function main(argv: string[]): number {
  const runs = [1, 50, 3000].map((n) => {
    const a = new Acc();
    run(n, a);
    return `${n}: ${a.sum} ${readBack(a)} ${a.lists.length}\n${a.text}`;
  });
  console.log(runs.join("\n"));
  return argv.length > 9 ? 2 : 0;
}
