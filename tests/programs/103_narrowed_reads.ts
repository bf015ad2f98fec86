// Values read where they may be undefined (a variable later tested against
// undefined), then narrowed and used as numbers: in arithmetic that needs a
// float, passed to functions, in generic code.  (Once computed as 0.)
function scale(a: number): number {
  return a / 100;
}

function firstScaled<T>(xs: T[], f: (x: T) => number): number {
  const x = xs[0];
  if (x === undefined) return -1;
  return f(x);
}

function sumHalves(stack: number[]): number {
  let total = 0;
  let x: number | undefined;
  while ((x = stack.pop()) !== undefined) total += x / 2;
  return total;
}

export function main(argv: string[]): number {
  const xs = [201, 7, 0];
  const x = xs[0];
  if (x === undefined) return 1;
  console.log(scale(x), x / 100, Math.floor(x / 100), x * 0.5, -x / 3);
  const y = xs[5];
  if (y !== undefined) console.log("never", y / 2);
  else console.log("past the end");
  const z = xs[1];
  console.log(z !== undefined ? z / 4 : -1);
  console.log(firstScaled(xs, (a: number) => a / 100), firstScaled([] as number[], (a: number) => a / 100));
  console.log(firstScaled(["abc"], (s: string) => s.length / 2));
  console.log(sumHalves([1, 2, 3, 4.5]));
  const m = new Map<string, number>();
  m.set("a", 3);
  const v = m.get("a");
  if (v !== undefined) console.log(scale(v), v / 7);
  return 0;
}
