// Generic functions: identity, max with a comparator, swap, map/filter helpers, used at number, string, boolean and class instantiations.
class Card {
  constructor(
    public rank: number,
    public suit: string,
  ) {}
  str(): string {
    return this.rank + this.suit;
  }
}

function identity<T>(x: T): T {
  return x;
}

function max<T>(xs: T[], less: (a: T, b: T) => boolean): T {
  let best = xs[0];
  for (let i = 1; i < xs.length; i++) {
    if (less(best, xs[i])) best = xs[i];
  }
  return best;
}

function swap<T>(xs: T[], i: number, j: number): void {
  const t = xs[i];
  xs[i] = xs[j];
  xs[j] = t;
}

function reverseInPlace<T>(xs: T[]): T[] {
  let i = 0;
  let j = xs.length - 1;
  while (i < j) {
    swap(xs, i, j);
    i++;
    j--;
  }
  return xs;
}

function mapAll<T, U>(xs: T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}

function keep<T>(xs: T[], p: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (const x of xs) if (p(x)) out.push(x);
  return out;
}

function fold<T, A>(xs: T[], init: A, f: (acc: A, x: T) => A): A {
  let acc = init;
  for (const x of xs) acc = f(acc, x);
  return acc;
}

function repeatItem<T>(x: T, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(x);
  return out;
}

function firstOr<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? xs[0] : fallback;
}

function findFirst<T>(xs: T[], p: (x: T) => boolean): T | null {
  for (const x of xs) if (p(x)) return x;
  return null;
}

function insertionSort<T>(xs: T[], less: (a: T, b: T) => boolean): T[] {
  const a = xs.slice(0);
  for (let i = 1; i < a.length; i++) {
    let j = i;
    while (j > 0 && less(a[j], a[j - 1])) {
      swap(a, j, j - 1);
      j--;
    }
  }
  return a;
}

function zipWith<A, B, C>(as: A[], bs: B[], f: (a: A, b: B) => C): C[] {
  const out: C[] = [];
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) out.push(f(as[i], bs[i]));
  return out;
}

function twice<T>(f: (x: T) => T): (x: T) => T {
  return (x: T) => f(f(x));
}

function countIf<T>(xs: T[], p: (x: T) => boolean): number {
  return fold(xs, 0, (acc: number, x: T) => (p(x) ? acc + 1 : acc));
}

export function main(argv: string[]): number {
  console.log(identity(42));
  console.log(identity<string>("str"));
  console.log(identity(true));
  console.log(identity(2.5) * 2);
  const c = new Card(12, "h");
  console.log(identity(c) === c);
  console.log(identity(c).str());

  const nums = [4, 17, -3, 17, 9];
  console.log(max(nums, (a: number, b: number) => a < b));
  console.log(max(nums, (a: number, b: number) => a > b));
  const words = ["kiwi", "banana", "fig", "cherry"];
  console.log(max(words, (a: string, b: string) => a < b));
  console.log(max(words, (a: string, b: string) => a.length < b.length));
  const cards = [new Card(3, "s"), new Card(11, "d"), new Card(7, "c"), new Card(11, "h")];
  console.log(max(cards, (a: Card, b: Card) => a.rank < b.rank).str());
  console.log(max(cards, (a: Card, b: Card) => a.rank <= b.rank).str());
  console.log(max([1.5, 0.25, 1.75], (a: number, b: number) => a < b));

  const sw = [1, 2, 3];
  swap(sw, 0, 2);
  console.log(sw.join(","));
  const sws = ["a", "b", "c", "d"];
  swap(sws, 1, 3);
  swap(sws, 0, 0);
  console.log(sws.join(""));
  swap(cards, 0, 3);
  console.log(mapAll(cards, (k: Card) => k.str()).join(" "));
  console.log(reverseInPlace([1, 2, 3, 4, 5]).join(","));
  console.log(reverseInPlace(["x"]).join(","));
  console.log(reverseInPlace(mapAll(cards, (k: Card) => k.suit)).join(""));

  console.log(mapAll(nums, (n: number) => "n" + n).join(" "));
  console.log(mapAll(words, (w: string) => w.length).join(" "));
  console.log(mapAll(nums, (n: number) => n > 5).join(" "));
  console.log(mapAll(nums, (n: number) => new Card(n, "x")).length);
  console.log(keep(nums, (n: number) => n % 2 === 1).join(","));
  console.log(keep(words, (w: string) => w.includes("an")).join(","));
  console.log(fold(nums, 0, (a: number, b: number) => a + b));
  console.log(fold(words, "", (a: string, w: string) => a + w[0]));
  console.log(fold(cards, 0, (a: number, k: Card) => a + k.rank));
  console.log(repeatItem("ab", 3).join("-"));
  console.log(repeatItem(0, 4).join(""));
  console.log(firstOr([], 99) + " " + firstOr([5], 99) + " " + firstOr([], "none"));

  const hit = findFirst(cards, (k: Card) => k.suit === "c");
  console.log(hit === null ? "none" : hit.str());
  const miss = findFirst(cards, (k: Card) => k.rank > 20);
  console.log(miss === null ? "none" : miss.str());
  const w = findFirst(words, (s: string) => s.length === 3);
  console.log(w ?? "none");

  console.log(insertionSort(nums, (a: number, b: number) => a < b).join(","));
  console.log(insertionSort(words, (a: string, b: string) => a < b).join(","));
  console.log(mapAll(insertionSort(cards, (a: Card, b: Card) => a.rank > b.rank), (k: Card) => k.str()).join(","));
  console.log(nums.join(","));

  console.log(zipWith(nums, words, (n: number, s: string) => s + "#" + n).join(" "));
  console.log(zipWith([1, 2, 3], [10, 20, 30], (a: number, b: number) => a * b).join(","));
  const addTwo = twice((x: number) => x + 1);
  const shout = twice((s: string) => s + "!");
  console.log(addTwo(5) + " " + shout("hey"));
  console.log(twice(twice((x: number) => x * 2))(1));
  console.log(countIf(nums, (n: number) => n === 17) + " " + countIf(words, (s: string) => s > "c"));
  return 0;
}
