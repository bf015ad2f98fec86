// Tuples and array destructuring: tuple returns, const/let destructuring, swaps, skipping elements, for-of over tuple arrays.
class Item {
  constructor(
    public name: string,
    public qty: number,
  ) {}
}

function divmod(a: number, b: number): [number, number] {
  return [Math.floor(a / b), a % b];
}

function minMax(xs: number[]): [number, number] {
  let lo = xs[0];
  let hi = xs[0];
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

function parseEntry(s: string): [string, number] {
  const i = s.indexOf("=");
  let n = 0;
  for (let k = i + 1; k < s.length; k++) n = n * 10 + (s.charCodeAt(k) - 48);
  return [s.slice(0, i), n];
}

function triple(n: number): [number, string, boolean] {
  return [n * 3, "n" + n, n % 2 === 0];
}

function withItem(name: string): [Item, number] {
  const it = new Item(name, name.length);
  return [it, it.qty * 10];
}

function fibPair(n: number): [number, number] {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
  }
  return [a, b];
}

function sumPairs(ps: [number, number][]): number {
  let s = 0;
  for (const [a, b] of ps) s += a * b;
  return s;
}

function describe(t: [string, number]): string {
  const [name, count] = t;
  return name + "x" + count;
}

export function main(argv: string[]): number {
  const [q, r] = divmod(17, 5);
  console.log(q + " " + r);
  const dm = divmod(100, 7);
  console.log(dm[0] + " " + dm[1] + " " + dm.length);
  const [lo, hi] = minMax([5, -3, 12, 8, 0]);
  console.log(lo + ".." + hi);

  let [x, y] = [1, 2];
  console.log(x + " " + y);
  [x, y] = [y, x];
  console.log(x + " " + y);
  [x, y] = [x + y, x * y];
  console.log(x + " " + y);

  let a = "left";
  let b = "right";
  [a, b] = [b, a];
  console.log(a + " " + b);

  const arr = [10, 20, 30, 40];
  [arr[0], arr[3]] = [arr[3], arr[0]];
  console.log(arr.join(","));
  const [first, second] = arr;
  console.log(first + second);
  const [, secondOnly] = arr;
  console.log(secondOnly);
  const [, , third, fourth] = arr;
  console.log(third + " " + fourth);

  const t = triple(4);
  const [n3, label, even] = t;
  console.log(n3 + " " + label + " " + even);
  const [, lbl] = triple(7);
  console.log(lbl);
  const [, , ev] = triple(7);
  console.log(ev);

  const [k, v] = parseEntry("apples=42");
  console.log(k + " -> " + v);
  console.log(describe(parseEntry("x=7")));
  console.log(describe(["tuple", 3]));

  const [it, score] = withItem("widget");
  console.log(it.name + " " + it.qty + " " + score);
  it.qty = 99;
  const pair: [Item, number] = [it, 1];
  console.log(pair[0].qty);

  const fp = fibPair(10);
  console.log(fp[0] + "," + fp[1]);
  const [f30] = fibPair(30);
  console.log(f30);

  const pairs: [number, string][] = [
    [1, "one"],
    [2, "two"],
    [3, "three"],
  ];
  for (const [i, s] of pairs) console.log(i + ":" + s);
  let acc = "";
  for (const [, s] of pairs) acc += s[0];
  console.log(acc);
  pairs.push([4, "four"]);
  pairs[0][1] = "uno";
  pairs[1] = [20, "veinte"];
  const shown: string[] = [];
  for (const p of pairs) shown.push(p[0] + "=" + p[1]);
  console.log(shown.join(" "));
  console.log(sumPairs([
    [2, 3],
    [4, 5],
    [-1, 6],
  ]));

  // tuples in a Map
  const m = new Map<string, [number, number]>();
  m.set("origin", [0, 0]);
  m.set("corner", [3, 4]);
  for (const [name, [px, py]] of m) console.log(name + " " + (px * px + py * py));
  const got = m.get("corner");
  if (got !== undefined) {
    const [gx, gy] = got;
    console.log(gx + gy);
  }

  // destructuring in a nested loop with tuples built on the fly
  const grid: [number, number, string][] = [];
  for (let i = 0; i < 3; i++) grid.push([i, i * i, "c" + i]);
  let line = "";
  for (const [i, sq, name] of grid) line += name + "@" + i + "^" + sq + " ";
  console.log(line.trim());
  // nested tuples
  const nested: [[number, number], string] = [[5, 6], "p"];
  const [[n1, n2], tagName] = nested;
  console.log(tagName + (n1 + n2));
  // tuple element mutation via destructured copy does not change the tuple
  const tp: [number, number] = [1, 1];
  let [c0, c1] = tp;
  c0 = 100;
  c1 += 1;
  console.log(tp[0] + " " + tp[1] + " " + c0 + " " + c1);
  return 0;
}
