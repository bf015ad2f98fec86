// Inference from declared types: new Map() typed by its declaration, new Set<T>() in a generic function,
// tuples of a generic class's type arguments, overrides and callbacks with fewer parameters.
type Graph = Map<string, string[]>;
class Heap<K, V> {
  h: [K, V][] = [];
  swap(i: number, j: number): void {
    const h = this.h;
    [h[i], h[j]] = [h[j], h[i]];
  }
}
function uniq<T>(xs: T[]): number {
  const s = new Set<T>();
  for (const x of xs) s.add(x);
  return s.size;
}
class Base {
  f(a: number, b: number): number { return a + b; }
}
class Derived extends Base {
  override f(a: number): number { return a * 2; }
}
export function main(argv: string[]): number {
  const g: Graph = new Map();
  g.set("a", ["b"]);
  console.log(g.get("a")!.length);
  const hp = new Heap<number, string>();
  hp.h.push([1, "a"], [2, "b"]);
  hp.swap(0, 1);
  console.log(hp.h[0][1]);
  const hp2 = new Heap<string, number>();
  hp2.h.push(["x", 1], ["y", 2]);
  hp2.swap(0, 1);
  console.log(hp2.h[0][0]);
  console.log(uniq([1, 2, 2]), uniq(["a", "a"]));
  const bs: Base[] = [new Base(), new Derived()];
  for (const b of bs) console.log(b.f(1, 2));
  callbacks();
  return 0;
}
function callbacks(): void {
  const fs: ((a: number, b: number) => number)[] = [(a) => a * 10, (a, b) => a + b];
  for (const f of fs) console.log(f(3, 4));
  const xs = [5, 6, 7];
  console.log(xs.map((x) => x + 1), xs.map((x, i) => x * i));
}
