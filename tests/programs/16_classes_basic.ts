// Classes: fields with initializers, constructors, methods, this, object identity.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  add(other: Point): Point {
    return new Point(this.x + other.x, this.y + other.y);
  }
  scale(k: number): void {
    this.x *= k;
    this.y *= k;
  }
  manhattan(): number {
    return Math.abs(this.x) + Math.abs(this.y);
  }
  str(): string {
    return "(" + this.x + ", " + this.y + ")";
  }
}

class Counter {
  count = 0;
  step = 1;
  name = "ctr";
  history: number[] = [];
  enabled = true;
  tick(): number {
    if (this.enabled) {
      this.count += this.step;
      this.history.push(this.count);
    }
    return this.count;
  }
  reset(): void {
    this.count = 0;
    this.history = [];
  }
}

class Rng {
  state: number;
  constructor(seed: number) {
    this.state = seed;
  }
  next(): number {
    // MINSTD generator: products stay below 2^47
    this.state = (this.state * 48271) % 2147483647;
    return this.state;
  }
  below(n: number): number {
    return this.next() % n;
  }
}

export function main(argv: string[]): number {
  const p = new Point(1, 2);
  const q = new Point(10, -20);
  console.log(p.str());
  console.log(p.add(q).str());
  p.scale(3);
  console.log(p.str());
  console.log(q.manhattan());
  p.x = 100;
  console.log(p.x + p.y);
  const c = new Counter();
  console.log(c.name + " " + c.count + " " + c.step + " " + c.enabled);
  c.tick();
  c.tick();
  c.step = 5;
  c.tick();
  console.log(c.tick());
  console.log(c.history.join(","));
  c.enabled = false;
  c.tick();
  console.log(c.count);
  c.reset();
  console.log(c.count + " " + c.history.length);
  const c2 = new Counter();
  c2.tick();
  console.log(c.count + " " + c2.count);
  const alias = c2;
  alias.tick();
  console.log(c2.count);
  console.log(alias === c2);
  console.log(c === c2);
  const rng = new Rng(42);
  let line = "";
  for (let i = 0; i < 8; i++) {
    line += rng.below(100) + " ";
  }
  console.log(line);
  let path = new Point(0, 0);
  const steps: Point[] = [new Point(1, 0), new Point(0, 1), new Point(-2, 3)];
  for (const s of steps) {
    path = path.add(s);
  }
  console.log(path.str());
  console.log(new Point(3, 4).manhattan());
  return 0;
}
