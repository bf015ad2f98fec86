// Single inheritance: super(...) calls, super.method(), overriding, inherited fields, multi-level chains.
class Animal {
  sound = "...";
  legs: number;
  constructor(public name: string, legs: number) {
    this.legs = legs;
  }
  speak(): string {
    return this.name + " says " + this.sound;
  }
  describe(): string {
    return this.name + " has " + this.legs + " legs";
  }
  kind(): string {
    return "animal";
  }
}

class Dog extends Animal {
  tricks: string[] = [];
  constructor(name: string) {
    super(name, 4);
    this.sound = "woof";
  }
  learn(trick: string): void {
    this.tricks.push(trick);
  }
  describe(): string {
    return super.describe() + " and knows " + this.tricks.length + " tricks";
  }
  kind(): string {
    return "dog";
  }
}

class Puppy extends Dog {
  constructor(name: string, public ageWeeks: number) {
    super(name);
    this.sound = "yip";
  }
  describe(): string {
    return super.describe() + " (" + this.ageWeeks + " weeks)";
  }
  kind(): string {
    return "puppy/" + super.kind();
  }
}

class Bird extends Animal {
  constructor(name: string, public canFly: boolean) {
    super(name, 2);
    this.sound = "tweet";
  }
  speak(): string {
    const base = super.speak();
    return this.canFly ? base + " from the sky" : base;
  }
}

class Base {
  log: string[] = [];
  constructor() {
    this.log.push("base");
    this.init();
  }
  init(): void {
    this.log.push("base.init");
  }
}

class Derived extends Base {
  constructor() {
    super();
    this.log.push("derived");
  }
  init(): void {
    this.log.push("derived.init");
  }
}

export function main(argv: string[]): number {
  const a = new Animal("generic", 6);
  const d = new Dog("rex");
  d.learn("sit");
  d.learn("roll");
  const p = new Puppy("bit", 9);
  p.learn("nap");
  const b = new Bird("tweety", true);
  const k = new Bird("kiwi", false);
  console.log(a.speak());
  console.log(d.speak());
  console.log(p.speak());
  console.log(b.speak());
  console.log(k.speak());
  console.log(a.describe());
  console.log(d.describe());
  console.log(p.describe());
  console.log(b.describe());
  console.log(a.kind() + " " + d.kind() + " " + p.kind() + " " + b.kind());
  console.log(p.tricks.join(","));
  console.log(p.legs + p.ageWeeks);
  const dd = new Derived();
  console.log(dd.log.join(" > "));
  const zoo: Animal[] = [a, d, p, b, k];
  let legs = 0;
  for (const z of zoo) {
    legs += z.legs;
    console.log(z.kind() + ": " + z.speak());
  }
  console.log(legs);
  return 0;
}
