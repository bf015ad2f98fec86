// Library pieces interpreters use: Array.from (iterables, { length }), JSON.stringify of
// strings, numbers, booleans and arrays of them, +bool, new.target.name, new Set(s.match(re) ?? [])
class Base { kind: string; constructor() { this.kind = new.target.name; } }
class Derived extends Base {}
const TEXT = "Alice met Bob and Alice";
export function part1(): void {
  const lt = (a: number, b: number) => +(a < b);
  console.log(lt(1, 2), lt(2, 1), +true, new Base().kind, new Derived().kind);
  const names = new Set(TEXT.match(/\b[A-Z][a-z]+\b/g) ?? []);
  console.log([...names].join(","));
  return;
}
export function part2(): void {
  const r = [3, 1, 2];
  const copy = Array.from(r);
  copy.push(9);
  const sq = Array.from({ length: 5 }, (_, i) => i * i);
  const m = new Map<string, number>([["a", 1], ["b", 2]]);
  console.log(r, copy, sq, Array.from(m.keys()), Array.from(new Set("hello"), (c) => c.toUpperCase()), Array.from("héé😀"));
  return;
}
export function main(argv: string[]): number {
  console.log(JSON.stringify("a\"b\\c\n\t\u0001é😀\ud800"), JSON.stringify(1.5), JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(true));
  console.log(JSON.stringify(["x", "y\n"]), JSON.stringify([1, 2.5, Infinity]), JSON.stringify([] as number[]), JSON.stringify([false]));
  part1();
  part2();
  return 0;
}
