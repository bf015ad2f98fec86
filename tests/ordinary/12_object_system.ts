// A prototype-style object system (slots, delegation, super sends, method_missing)
// built on Maps, side by side with an ordinary TypeScript class hierarchy.

type Slot = number | string | boolean | Method | Obj | null;
type Method = (self: Obj, ...args: Slot[]) => Slot;

class MessageNotUnderstood extends Error {
  constructor(readonly selector: string, readonly receiver: string) {
    super(`${receiver} does not understand #${selector}`);
  }
}

class Obj {
  private readonly slots = new Map<string, Slot>();
  constructor(readonly name: string, readonly proto: Obj | null = null) {}

  set(key: string, value: Slot): this {
    this.slots.set(key, value);
    return this;
  }

  lookup(key: string): { owner: Obj; value: Slot } | undefined {
    for (let o: Obj | null = this; o !== null; o = o.proto) {
      if (o.slots.has(key)) return { owner: o, value: o.slots.get(key)! };
    }
    return undefined;
  }

  get(key: string): Slot {
    return this.lookup(key)?.value ?? null;
  }

  send(selector: string, ...args: Slot[]): Slot {
    return this.dispatchFrom(this, selector, args);
  }

  // Start the lookup at `start` but keep `this` as the receiver (used for super sends).
  dispatchFrom(start: Obj | null, selector: string, args: Slot[]): Slot {
    const found = start?.lookup(selector);
    if (found && typeof found.value === "function") return found.value(this, ...args);
    if (found) return found.value;
    const missing = this.lookup("doesNotUnderstand");
    if (missing && typeof missing.value === "function") return missing.value(this, selector, ...args);
    throw new MessageNotUnderstood(selector, this.name);
  }

  superSend(methodOwner: Obj, selector: string, ...args: Slot[]): Slot {
    return this.dispatchFrom(methodOwner.proto, selector, args);
  }

  clone(name: string, slots: Record<string, Slot> = {}): Obj {
    const child = new Obj(name, this);
    for (const [k, v] of Object.entries(slots)) child.set(k, v);
    return child;
  }

  ancestry(): string[] {
    const names: string[] = [];
    for (let o: Obj | null = this; o; o = o.proto) names.push(o.name);
    return names;
  }
}

const num = (s: Slot): number => (typeof s === "number" ? s : NaN);

function buildPrototypes() {
  const root = new Obj("Object").set("describe", (self) => `<${self.name}>`);
  const shape = root.clone("Shape", {
    area: () => 0,
    describe: (self) => `${self.name} with area ${num(self.send("area")).toFixed(2)}`,
  });
  const rect = shape.clone("Rect", {
    w: 1, h: 1,
    area: (self) => num(self.get("w")) * num(self.get("h")),
    scale: (self, k) => self.clone(`${self.name}*${k}`, { w: num(self.get("w")) * num(k), h: num(self.get("h")) * num(k) }),
  });
  const square = rect.clone("Square", {
    describe: (self) => `square! ${String(self.superSend(square, "describe"))}`,
  });
  const circle = shape.clone("Circle", { r: 1, area: (self) => Math.PI * num(self.get("r")) ** 2 });
  const ghost = root.clone("Ghost", {
    doesNotUnderstand: (self, selector, ...args) => `${self.name} swallowed #${String(selector)}(${args.join(", ")})`,
  });
  return { root, shape, rect, square, circle, ghost };
}

// The same idea with ordinary classes and virtual dispatch.
abstract class Shape {
  constructor(readonly label: string) {}
  abstract area(): number;
  perimeter(): number { return 0; }
  describe(): string {
    return `${this.label}: area=${this.area().toFixed(2)} perimeter=${this.perimeter().toFixed(2)}`;
  }
}

class Rect extends Shape {
  constructor(readonly w: number, readonly h: number, label = "rect") { super(label); }
  area() { return this.w * this.h; }
  override perimeter() { return 2 * (this.w + this.h); }
}

class Square extends Rect {
  constructor(side: number) { super(side, side, "square"); }
  override describe(): string { return `[${super.describe()}]`; }
}

class Circle extends Shape {
  constructor(readonly r: number) { super("circle"); }
  area() { return Math.PI * this.r ** 2; }
  override perimeter() { return 2 * Math.PI * this.r; }
}

class Triangle extends Shape {
  constructor(private readonly sides: [number, number, number]) { super("triangle"); }
  override perimeter() { return this.sides.reduce((a, b) => a + b, 0); }
  area() {
    const s = this.perimeter() / 2;
    const [a, b, c] = this.sides;
    return Math.sqrt(s * (s - a) * (s - b) * (s - c));
  }
}

export function main(argv: string[]): number {
  const { root, rect, square, circle, ghost } = buildPrototypes();
  const r1 = rect.clone("r1", { w: 3, h: 4 });
  const sq = square.clone("sq", { w: 5, h: 5 });
  const c1 = circle.clone("c1", { r: 2 });
  for (const o of [root, rect, r1, sq, c1]) console.log(o.send("describe"));
  const big = r1.send("scale", 10) as Obj;
  console.log(big.send("describe"), "| ancestry:", big.ancestry().join(" < "));
  console.log("inherited w on sq.proto chain:", square.get("w"), "own w:", sq.get("w"));
  console.log(ghost.send("fly", 1, 2));
  try {
    c1.send("fly");
  } catch (e) {
    if (e instanceof MessageNotUnderstood) console.log(`error: ${e.message} (selector=${e.selector})`);
  }
  c1.set("r", 1);
  console.log("after mutation:", c1.send("describe"));

  const shapes: Shape[] = [new Rect(3, 4), new Square(5), new Circle(2), new Triangle([3, 4, 5])];
  shapes.forEach((s) => console.log(s.describe()));
  const total = shapes.reduce((sum, s) => sum + s.area(), 0);
  const largest = shapes.reduce((a, b) => (b.area() > a.area() ? b : a));
  console.log(`total area ${total.toFixed(3)}, largest: ${largest.label}`);
  const kinds = shapes.map((s) => `${s.constructor.name}${s instanceof Rect ? "(isRect)" : ""}`);
  console.log("kinds:", kinds.join(", "));
  return 0;
}
