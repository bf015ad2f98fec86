// Interfaces implemented by unrelated classes: as parameter, field, array element and Map value types; interface fields; interface inheritance.
interface Shape {
  area(): number;
  name(): string;
}

interface Named {
  readonly id: string;
  label: string;
}

interface Scalable extends Shape {
  scale(k: number): void;
}

class Rect implements Scalable {
  constructor(
    public w: number,
    public h: number,
  ) {}
  area(): number {
    return this.w * this.h;
  }
  name(): string {
    return "rect";
  }
  scale(k: number): void {
    this.w *= k;
    this.h *= k;
  }
}

class Circle implements Scalable {
  constructor(public r: number) {}
  area(): number {
    return Math.PI * this.r * this.r;
  }
  name(): string {
    return "circle";
  }
  scale(k: number): void {
    this.r *= k;
  }
}

class Triangle implements Shape {
  constructor(
    public base: number,
    public height: number,
  ) {}
  area(): number {
    return (this.base * this.height) / 2;
  }
  name(): string {
    return "triangle";
  }
}

// implements two interfaces, no common base class with the others
class Tile implements Shape, Named {
  readonly id: string;
  label: string;
  constructor(id: string, public side: number) {
    this.id = id;
    this.label = "tile-" + id;
  }
  area(): number {
    return this.side * this.side;
  }
  name(): string {
    return "tile " + this.label;
  }
}

class User implements Named {
  label = "user";
  constructor(public readonly id: string) {}
}

class Composite implements Shape {
  parts: Shape[] = [];
  add(s: Shape): Composite {
    this.parts.push(s);
    return this;
  }
  area(): number {
    let t = 0;
    for (const p of this.parts) t += p.area();
    return t;
  }
  name(): string {
    const names: string[] = [];
    for (const p of this.parts) names.push(p.name());
    return "composite(" + names.join(",") + ")";
  }
}

class Holder {
  current: Shape;
  previous: Shape | null = null;
  constructor(s: Shape) {
    this.current = s;
  }
  replace(s: Shape): void {
    this.previous = this.current;
    this.current = s;
  }
}

function describe(s: Shape): string {
  return s.name() + " area " + Math.round(s.area() * 100) / 100;
}

function totalArea(shapes: Shape[]): number {
  let t = 0;
  for (const s of shapes) t += s.area();
  return t;
}

function largest(shapes: Shape[]): Shape {
  let best = shapes[0];
  for (const s of shapes) if (s.area() > best.area()) best = s;
  return best;
}

function sortByArea(shapes: Shape[]): Shape[] {
  const a = shapes.slice(0);
  for (let i = 1; i < a.length; i++) {
    const cur = a[i];
    let j = i - 1;
    while (j >= 0 && a[j].area() > cur.area()) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = cur;
  }
  return a;
}

function tag(n: Named): string {
  return n.id + ":" + n.label;
}

function grow(xs: Scalable[], k: number): void {
  for (const x of xs) x.scale(k);
}

export function main(argv: string[]): number {
  const r = new Rect(3, 4);
  const c = new Circle(1);
  const t = new Triangle(6, 5);
  const tile = new Tile("t1", 2);
  const shapes: Shape[] = [r, c, t, tile];
  for (const s of shapes) console.log(describe(s));
  console.log(Math.floor(totalArea(shapes)));
  console.log(largest(shapes).name());

  const comp = new Composite().add(r).add(tile).add(new Composite().add(t));
  console.log(comp.name());
  console.log(comp.area());
  console.log(describe(comp));

  // interface-typed fields
  const h = new Holder(r);
  console.log(h.current.name() + " " + (h.previous === null));
  h.replace(t);
  console.log(h.current.name() + " " + (h.previous !== null ? h.previous.name() : "none"));
  h.replace(comp);
  console.log(h.current.area() + " " + h.previous!.area());

  // interface with fields implemented by class fields / parameter properties
  const named: Named[] = [tile, new User("u7"), new User("u8")];
  const tags: string[] = [];
  for (const n of named) tags.push(tag(n));
  console.log(tags.join(" "));
  named[1].label = "admin";
  console.log(tag(named[1]));
  tile.label = "changed";
  console.log(tag(named[0]) + " / " + tile.name());

  // interface inheritance
  const scal: Scalable[] = [r, c];
  grow(scal, 2);
  console.log(r.w + "x" + r.h + " r=" + c.r);
  let grown = "";
  for (const s of scal) grown += s.name() + "=" + Math.round(s.area()) + " ";
  console.log(grown.trim());
  const asShape: Shape = scal[0];
  console.log(asShape.area());

  // instanceof on the implementing classes through an interface-typed value
  let counts = "";
  for (const s of shapes) {
    if (s instanceof Rect) counts += "R" + s.w;
    else if (s instanceof Circle) counts += "C" + s.r;
    else if (s instanceof Tile) counts += "T" + s.side;
    else counts += "?";
  }
  console.log(counts);

  // interface values in a Map and sorted by a method
  const byName = new Map<string, Shape>();
  for (const s of shapes) byName.set(s.name(), s);
  const tri = byName.get("triangle");
  console.log(tri !== undefined ? String(tri.area()) : "missing");
  console.log(byName.has("rect") + " " + byName.has("hexagon"));
  const sorted = sortByArea(shapes);
  const order: string[] = [];
  for (const s of sorted) order.push(s.name());
  console.log(order.join(" < "));
  // identity of interface-typed references
  console.log((shapes[0] === r) + " " + (asShape === r) + " " + (shapes[1] === asShape));
  return 0;
}
