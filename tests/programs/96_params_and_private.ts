// Destructuring in parameters ([k, v] in arrow functions and declared
// functions, with defaults), and #private members (instance and static
// fields, methods, prebuilt instances built at init time).

function repeatPair([n, s]: [number, string]): string {
  return s.repeat(n);
}

function sum3([x, y, z = 10]: number[]): number {
  return x + y + z;
}

class Counter {
  #count = 0;
  count = 100; // a public field of the same name is another field
  static #instances = 0;
  static #label: string = "ctr";
  #step: number;
  constructor(step: number) {
    this.#step = step;
    Counter.#instances++;
  }
  #bump(): void {
    this.#count += this.#step;
    this.count--;
  }
  tick(): number {
    this.#bump();
    return this.#count;
  }
  static report(): string {
    return Counter.#label + ":" + Counter.#instances;
  }
}

const shared = new Counter(10);
shared.tick();

export function main(argv: string[]): number {
  const pairs: [string, number][] = [["a", 1], ["b", 2]];
  console.log(pairs.map(([k, v]) => k + v).join(","));
  pairs.forEach(([a, b]) => console.log(a + "=" + b));
  console.log(repeatPair([3, "xy"]) + " " + sum3([1, 2]) + " " + sum3([1, 2, 3]));
  const grid = [[1, 2], [3, 4]];
  console.log(grid.map(([p, q]) => p * q).join(" "));
  const [first = "none", second = "none"] = ["only"];
  console.log(first + " " + second);
  const weights = new Map<string, number>();
  weights.set("w", 2);
  const total = weights.size;
  console.log(total);

  const a = new Counter(2);
  const b = new Counter(5);
  a.tick();
  console.log(a.tick() + " " + b.tick() + " " + a.count + " " + Counter.report());
  console.log(shared.tick() + " " + shared.count);
  return 0;
}
