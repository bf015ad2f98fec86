// Closures written for a function type with a rest parameter
// (`(self: string, ...args: number[]) => string`) with fewer parameters,
// more, or a rest parameter of their own anywhere; such closures as values
// of a value union; join() of value unions and objects (their toString(),
// null and undefined as ""); read-only array methods on tuples.

type Fn = (self: string, ...args: number[]) => string;
type Slot = number | string | null | ((self: string, ...args: Slot[]) => Slot);

class P {
  constructor(readonly x: number) {}
  toString(): string {
    return `P${this.x}`;
  }
}

function call(s: Slot, self: string, ...args: Slot[]): Slot {
  return typeof s === "function" ? s(self, ...args) : s;
}

export function main(argv: string[]): number {
  const fns: Fn[] = [
    (self) => `${self}!`,
    (self, k) => `${self}:${k}`,
    (self, a, ...more) => `${self} ${a} [${more.join(",")}] ${more.length}`,
    (...all) => `${all.length} ${all.join("/")}`,
  ];
  for (const f of fns) console.log(f("x", 1, 2, 3), "|", f("y"), "|", f("z", 5));
  const g: Fn = fns[2];
  const args = [7, 8];
  console.log(g("w", ...args), g("v", 1, ...args));

  const slots: { [name: string]: Slot } = {
    answer: 42,
    greet: (self, whom) => `${self} greets ${whom ?? "nobody"}`,
    count: (self, ...rest) => rest.length,
    describe: (...all) => all.join(" & "),
  };
  for (const [name, s] of Object.entries(slots)) console.log(name, call(s, "me", "you", 2, null));

  const vs: (number | string | null | boolean | undefined)[] = [1, "a", null, true, 2.5, undefined];
  console.log(vs.join(", "), vs.join());
  console.log([new P(1), new P(2)].join("-"), [{ toString: () => "lit" }].join());
  const lit = { n: 2, toString: () => "two" };
  const plain = { n: 3 };
  console.log(String(lit), `${lit}!`, "is " + lit, String(plain), `${plain}`);
  const ps: (P | null | undefined)[] = [new P(3), null, undefined, new P(4)];
  console.log(ps.join("|"));

  const sides: [number, number, number] = [3, 4, 5];
  console.log(sides.reduce((a, b) => a + b, 0), sides.map((s) => s * 2), sides.includes(4), sides.indexOf(5), sides.join("x"), sides.slice(1), sides.some((s) => s > 4));
  const pair: [string, number] = ["k", 1];
  console.log(pair.join("="), pair.filter((p) => typeof p === "number"));
  return 0;
}
