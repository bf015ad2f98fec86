// Interface properties: implemented by fields in some classes and accessors in others, read and written through the interface; unrelated classes with same-named members of other types stay out of the way; unions of classes.
interface Sized {
  readonly size: number;
  label: string;
}

class Fixed implements Sized {
  label = "fixed";
  constructor(public size: number) {}
}

class Computed implements Sized {
  private text = "computed";
  constructor(private n: number) {}
  get size(): number {
    return this.n * 2;
  }
  get label(): string {
    return this.text;
  }
  set label(v: string) {
    this.text = v.toUpperCase();
  }
}

class Derived extends Fixed {
  constructor() {
    super(100);
    this.label = "derived";
  }
}

// same names, different types, never seen through Sized
class Unrelated {
  size = "huge";
  label = 42;
  get total(): string {
    return this.size + this.label;
  }
}

class Cat {
  constructor(public name: string, public lives: number) {}
  speak(): string {
    return "meow";
  }
}

class Robot {
  constructor(public name: string, public battery: number) {}
  speak(): string {
    return "beep " + this.battery;
  }
}

function total(xs: Sized[]): number {
  let t = 0;
  for (const x of xs) t += x.size;
  return t;
}

function rename(x: Sized, suffix: string): void {
  x.label = x.label + suffix;
}

function describe(x: Cat | Robot): string {
  const base = x.name + ": " + x.speak();
  if (x instanceof Cat) return base + " (" + x.lives + " lives)";
  return base + " (" + x.battery + "%)";
}

export function main(argv: string[]): number {
  const items: Sized[] = [new Fixed(3), new Computed(2), new Derived()];
  console.log(total(items));
  for (const x of items) rename(x, "!");
  console.log(items.map((x: Sized) => x.label).join(" "));
  const u = new Unrelated();
  console.log(u.total + " " + u.size.length + " " + (u.label + 1));
  const pets: (Cat | Robot)[] = [new Cat("tom", 9), new Robot("r2", 80)];
  for (const p of pets) console.log(describe(p));
  let longest = "";
  for (const p of pets) if (p.name.length > longest.length) longest = p.name;
  console.log(longest);
  const first: Cat | Robot = pets[1];
  first.name = "r2d2";
  console.log(describe(first));
  return 0;
}
