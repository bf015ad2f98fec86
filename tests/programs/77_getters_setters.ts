// Getters and setters: computed properties, validation in setters, accessors in arithmetic, inheritance and overriding of accessors.
class Temperature {
  private celsius = 0;
  get c(): number {
    return this.celsius;
  }
  set c(v: number) {
    if (v < -273) throw new RangeError("below absolute zero: " + v);
    this.celsius = v;
  }
  get f(): number {
    return (this.celsius * 9) / 5 + 32;
  }
  set f(v: number) {
    this.c = ((v - 32) * 5) / 9;
  }
}

class Rect {
  constructor(
    protected w: number,
    protected h: number,
  ) {}
  get width(): number {
    return this.w;
  }
  set width(v: number) {
    this.w = v < 0 ? 0 : v;
  }
  get height(): number {
    return this.h;
  }
  get area(): number {
    return this.w * this.h;
  }
  get perimeter(): number {
    return 2 * (this.w + this.h);
  }
  get kind(): string {
    return "rect";
  }
  describe(): string {
    return this.kind + " " + this.width + "x" + this.height + " area=" + this.area;
  }
}

class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
  get kind(): string {
    return "square";
  }
  get width(): number {
    return this.w;
  }
  set width(v: number) {
    this.w = v;
    this.h = v;
  }
}

class Account {
  private _balance = 0;
  private _log: string[] = [];
  private _reads = 0;
  constructor(public readonly owner: string) {}
  get balance(): number {
    this._reads++;
    return this._balance;
  }
  set balance(v: number) {
    this._log.push(this._balance + "->" + v);
    this._balance = v;
  }
  get reads(): number {
    return this._reads;
  }
  get history(): string {
    return this._log.join(" ");
  }
}

class Name {
  private parts: string[] = [];
  get full(): string {
    return this.parts.join(" ");
  }
  set full(v: string) {
    this.parts = v.trim().split(" ");
  }
  get initials(): string {
    let s = "";
    for (const p of this.parts) s += p[0].toUpperCase();
    return s;
  }
  get count(): number {
    return this.parts.length;
  }
}

class Counter {
  private n = 0;
  get value(): number {
    return this.n;
  }
  set value(v: number) {
    this.n = v;
  }
  get next(): number {
    this.n++;
    return this.n;
  }
}

export function main(argv: string[]): number {
  const t = new Temperature();
  console.log(t.c + " " + t.f);
  t.c = 100;
  console.log(t.c + " " + t.f);
  t.f = 212;
  console.log(t.c);
  t.f = -40;
  console.log(t.c + " " + t.f);
  t.c = 37.5;
  console.log(t.f);
  try {
    t.c = -300;
  } catch (e) {
    if (e instanceof RangeError) console.log("rejected: " + e.message);
  }
  console.log(t.c);
  t.c += 2.5;
  console.log(t.c);

  const r = new Rect(3, 4);
  console.log(r.describe());
  console.log(r.area * 2 + r.perimeter);
  r.width = 10;
  console.log(r.describe() + " p=" + r.perimeter);
  r.width = -5;
  console.log(r.width + " " + r.area);
  r.width += 7;
  console.log(r.width);

  const s = new Square(5);
  console.log(s.describe());
  s.width = 6;
  console.log(s.describe() + " p=" + s.perimeter);
  s.width++;
  console.log(s.width + " " + s.height + " " + s.area);
  const shapes: Rect[] = [r, s, new Square(2), new Rect(1, 9)];
  let kinds = "";
  for (const x of shapes) kinds += x.kind + ":" + x.area + " ";
  console.log(kinds.trim());
  let total = 0;
  for (const x of shapes) total += x.area;
  console.log(total);
  for (const x of shapes) x.width = 3;
  let dims = "";
  for (const x of shapes) dims += x.width + "x" + x.height + " ";
  console.log(dims.trim());

  const acct = new Account("zoe");
  acct.balance = 100;
  acct.balance = acct.balance + 50;
  acct.balance -= 30;
  console.log(acct.owner + " " + acct.balance + " reads=" + acct.reads);
  console.log(acct.history);
  if (acct.balance > 100) console.log("rich, reads=" + acct.reads);

  const n = new Name();
  console.log("[" + n.full + "] " + n.count);
  n.full = "  ada   lovelace ";
  console.log("[" + n.full + "] " + n.count);
  n.full = "grace brewster hopper";
  console.log(n.full + " -> " + n.initials + " " + n.count);

  const c = new Counter();
  console.log(c.next + c.next + c.next);
  console.log(c.value);
  c.value = 10;
  console.log(c.next);
  c.value *= 3;
  console.log(c.value);
  const ctrs = [new Counter(), new Counter()];
  ctrs[1].value = 5;
  ctrs[0].value = ctrs[1].value++;
  console.log(ctrs[0].value + " " + ctrs[1].value);
  return 0;
}
