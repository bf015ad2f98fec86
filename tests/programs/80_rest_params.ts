// Rest parameters: ...xs: number[] and ...parts: string[], with leading parameters, called with zero, one and many arguments.
function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function count(...xs: number[]): number {
  return xs.length;
}

function joinAll(sep: string, ...parts: string[]): string {
  return parts.join(sep);
}

function maxOf(first: number, ...rest: number[]): number {
  let m = first;
  for (const r of rest) if (r > m) m = r;
  return m;
}

function describe(name: string, age: number, ...tags: string[]): string {
  const t = tags.length === 0 ? "no tags" : tags.length + " tags: " + tags.join("/");
  return name + " (" + age + ") " + t;
}

function mutateRest(...xs: number[]): number[] {
  xs.push(99);
  xs[0] = -1;
  return xs;
}

function average(...xs: number[]): number {
  if (xs.length === 0) return 0;
  return total(xs) / xs.length;
}

function total(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

function centroid(...pts: Point[]): string {
  if (pts.length === 0) return "none";
  let sx = 0;
  let sy = 0;
  for (const p of pts) {
    sx += p.x;
    sy += p.y;
  }
  return "(" + sx / pts.length + "," + sy / pts.length + ")";
}

class Path {
  points: Point[] = [];
  constructor(public name: string, ...pts: Point[]) {
    for (const p of pts) this.points.push(p);
  }
  add(...pts: Point[]): Path {
    for (const p of pts) this.points.push(p);
    return this;
  }
  str(): string {
    const parts: string[] = [];
    for (const p of this.points) parts.push(p.x + "/" + p.y);
    return this.name + ":" + parts.join(" ");
  }
}

function format(template: string, ...args: string[]): string {
  let out = "";
  let ai = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === "%" && ai < args.length) {
      out += args[ai];
      ai++;
    } else {
      out += template[i];
    }
  }
  return out;
}

function flags(...bs: boolean[]): string {
  let s = "";
  for (const b of bs) s += b ? "1" : "0";
  return s;
}

export function main(argv: string[]): number {
  console.log(sum());
  console.log(sum(5));
  console.log(sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  console.log(sum(-5, 5));
  console.log(sum(0.5, 0.25));
  console.log(count() + " " + count(1) + " " + count(1, 1, 1));
  console.log("[" + joinAll(",") + "]");
  console.log("[" + joinAll(",", "a") + "]");
  console.log("[" + joinAll(", ", "a", "b", "c") + "]");
  console.log("[" + joinAll("", "x", "", "y") + "]");
  console.log(maxOf(3) + " " + maxOf(3, 9, 2) + " " + maxOf(-1, -7, -3));
  console.log(describe("ann", 31));
  console.log(describe("bob", 25, "admin"));
  console.log(describe("cid", 40, "ops", "oncall", "lead"));
  console.log(mutateRest(1, 2, 3).join(","));
  console.log(mutateRest().join(","));
  console.log(average() + " " + average(1, 2, 3, 4) + " " + average(7));
  console.log(centroid());
  console.log(centroid(new Point(1, 1)));
  console.log(centroid(new Point(0, 0), new Point(4, 0), new Point(2, 6)));
  const path = new Path("p", new Point(0, 0), new Point(1, 2));
  console.log(path.str());
  path.add().add(new Point(3, 3)).add(new Point(4, 4), new Point(5, 6));
  console.log(path.str() + " n=" + path.points.length);
  const empty = new Path("e");
  console.log(empty.str() + " n=" + empty.points.length);
  console.log(format("% + % = %", "1", "2", "3"));
  console.log(format("no args"));
  console.log(format("% and % and %", "only one"));
  console.log(flags() + "|" + flags(true) + "|" + flags(true, false, true, true));
  // rest parameters in function values
  const concatAll = (...ss: string[]): string => ss.join("");
  console.log(concatAll() + "|" + concatAll("a") + "|" + concatAll("a", "b", "c"));
  const prod = function (...ns: number[]): number {
    let p = 1;
    for (const n of ns) p *= n;
    return p;
  };
  console.log(prod() + " " + prod(6) + " " + prod(2, 3, 7));
  return 0;
}
