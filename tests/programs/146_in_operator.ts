// `"p" in x` on unions of classes and records: TypeScript's `in` narrowing.
// A class has its fields and methods (inherited ones too), a record its
// properties; a subclass that adds a field is told apart from its base.
type Builtin = { kind: "builtin"; name: string; fn: (xs: number[]) => number };
type Lambda = { params: string[]; body: string };
type Proc = Builtin | Lambda;

class Animal {
  constructor(readonly name: string) {}
  speak(): string { return `${this.name} makes a sound`; }
}
class Dog extends Animal {
  tricks: string[] = [];
  fetch(): string { return `${this.name} fetches`; }
}
class Puppy extends Dog {}
class Rock { weight = 3; }

function describe(p: Proc): string {
  if ("kind" in p) return `builtin ${p.name} -> ${p.fn([1, 2, 3])}`;
  return `lambda (${p.params.join(" ")}) ${p.body}`;
}

function act(x: Animal | Rock): string {
  // (TypeScript cannot narrow to Dog, a subclass outside the union; the values can be one)
  if ("fetch" in x) return (x as Dog).fetch() + " " + (x as Dog).tricks.length;
  if ("speak" in x) return x.speak();
  return `a rock of ${x.weight}`;
}

function always(x: Dog | Puppy): boolean {
  return "tricks" in x; // every member has it
}

export function main(argv: string[]): number {
  const procs: Proc[] = [
    { kind: "builtin", name: "sum", fn: (xs) => xs.reduce((a, b) => a + b, 0) },
    { params: ["x", "y"], body: "(+ x y)" },
  ];
  for (const p of procs) console.log(describe(p));
  const things: (Animal | Rock)[] = [new Animal("cat"), new Dog("rex"), new Puppy("bit"), new Rock()];
  for (const t of things) console.log(act(t));
  console.log(always(new Puppy("p")), always(new Dog("d")));
  let n = 0;
  for (let i = 0; i < 1000; i++) if ("kind" in procs[i % 2]) n++;
  console.log(n, argv.length > 0);
  return 0;
}
