// Generic classes: Stack<T>, Pair<A, B>, Box<T>, a generic linked list, generic classes with a constraint, generic subclasses.
class Stack<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): T {
    if (this.items.length === 0) throw new Error("empty stack");
    return this.items.pop()!;
  }
  peekOr(fallback: T): T {
    return this.items.length > 0 ? this.items[this.items.length - 1] : fallback;
  }
  size(): number {
    return this.items.length;
  }
  isEmpty(): boolean {
    return this.items.length === 0;
  }
}

class Pair<A, B> {
  constructor(
    public first: A,
    public second: B,
  ) {}
  swap(): Pair<B, A> {
    return new Pair<B, A>(this.second, this.first);
  }
  withFirst<C>(c: C): Pair<C, B> {
    return new Pair(c, this.second);
  }
}

class Box<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  set(v: T): void {
    this.value = v;
  }
  map<U>(f: (x: T) => U): Box<U> {
    return new Box<U>(f(this.value));
  }
}

class ListNode<T> {
  next: ListNode<T> | null = null;
  constructor(public value: T) {}
}

class List<T> {
  head: ListNode<T> | null = null;
  tail: ListNode<T> | null = null;
  length = 0;
  append(v: T): List<T> {
    const n = new ListNode<T>(v);
    if (this.tail === null) {
      this.head = n;
    } else {
      this.tail.next = n;
    }
    this.tail = n;
    this.length++;
    return this;
  }
  prepend(v: T): List<T> {
    const n = new ListNode<T>(v);
    n.next = this.head;
    this.head = n;
    if (this.tail === null) this.tail = n;
    this.length++;
    return this;
  }
  at(i: number, fallback: T): T {
    let cur = this.head;
    let k = 0;
    while (cur !== null) {
      if (k === i) return cur.value;
      cur = cur.next;
      k++;
    }
    return fallback;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let cur = this.head; cur !== null; cur = cur.next) out.push(cur.value);
    return out;
  }
  reverse(): void {
    let prev: ListNode<T> | null = null;
    let cur = this.head;
    this.tail = cur;
    while (cur !== null) {
      const next: ListNode<T> | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    this.head = prev;
  }
  mapList<U>(f: (x: T) => U): List<U> {
    const out = new List<U>();
    for (let cur = this.head; cur !== null; cur = cur.next) out.append(f(cur.value));
    return out;
  }
}

abstract class Shape {
  abstract area(): number;
  abstract name(): string;
}

class Rect extends Shape {
  constructor(
    public w: number,
    public h: number,
  ) {
    super();
  }
  area(): number {
    return this.w * this.h;
  }
  name(): string {
    return "rect" + this.w + "x" + this.h;
  }
}

class Square extends Rect {
  constructor(s: number) {
    super(s, s);
  }
  name(): string {
    return "square" + this.w;
  }
}

class Circle extends Shape {
  constructor(public r: number) {
    super();
  }
  area(): number {
    return 3 * this.r * this.r;
  }
  name(): string {
    return "circle" + this.r;
  }
}

class Gallery<T extends Shape> {
  items: T[] = [];
  add(s: T): void {
    this.items.push(s);
  }
  totalArea(): number {
    let t = 0;
    for (const s of this.items) t += s.area();
    return t;
  }
  largest(): T | null {
    let best: T | null = null;
    for (const s of this.items) {
      if (best === null || s.area() > best.area()) best = s;
    }
    return best;
  }
  names(): string {
    return this.items.map((s: T) => s.name()).join(",");
  }
}

class CountingStack<T> extends Stack<T> {
  pushes = 0;
  push(x: T): void {
    this.pushes++;
    super.push(x);
  }
}

export function main(argv: string[]): number {
  const s = new Stack<number>();
  for (let i = 1; i <= 5; i++) s.push(i * i);
  console.log(s.size() + " " + s.peekOr(-1));
  let popped = "";
  while (!s.isEmpty()) popped += s.pop() + " ";
  console.log(popped.trim());
  console.log(s.peekOr(-1));
  try {
    s.pop();
  } catch (e) {
    if (e instanceof Error) console.log("error: " + e.message);
  }
  const ss = new Stack<string>();
  ss.push("a");
  ss.push("b");
  console.log(ss.pop() + ss.pop() + ss.size());
  const rs = new Stack<Rect>();
  rs.push(new Rect(2, 3));
  rs.push(new Square(4));
  console.log(rs.peekOr(new Rect(0, 0)).name() + " " + rs.size());
  const nested = new Stack<Stack<number>>();
  nested.push(new Stack<number>());
  const inner = new Stack<number>();
  nested.peekOr(inner).push(77);
  console.log(inner.size());
  console.log(nested.pop().pop());

  const p = new Pair<number, string>(1, "one");
  console.log(p.first + " " + p.second);
  const q = p.swap();
  console.log(q.first + " " + q.second);
  const r = p.withFirst(true);
  console.log(r.first + " " + r.second);
  const pp = new Pair(new Pair(1, 2), new Pair("x", "y"));
  console.log(pp.first.second + pp.second.first);
  const pairs: Pair<string, number>[] = [new Pair("a", 3), new Pair("b", 1), new Pair("c", 2)];
  pairs.sort((x: Pair<string, number>, y: Pair<string, number>) => x.second - y.second);
  console.log(pairs.map((x: Pair<string, number>) => x.first + x.second).join(" "));

  const b = new Box(10);
  b.set(b.get() + 5);
  console.log(b.get());
  const bs = b.map((x: number) => "v=" + x);
  console.log(bs.get());
  const bl = bs.map((x: string) => x.length);
  console.log(bl.get() + 1);
  const bb = new Box<Box<number>>(new Box(3));
  bb.get().set(9);
  console.log(bb.get().get());
  const bf = new Box(0.5).map((x: number) => x * 3);
  console.log(bf.get());

  const li = new List<number>();
  li.append(1).append(2).append(3).prepend(0);
  console.log(li.toArray().join(",") + " len " + li.length);
  li.reverse();
  console.log(li.toArray().join(","));
  li.append(-1);
  console.log(li.toArray().join(",") + " tail " + li.tail!.value);
  console.log(li.at(2, -100) + " " + li.at(10, -100));
  const sq = li.mapList((x: number) => x * x);
  console.log(sq.toArray().join(","));
  const strs = li.mapList((x: number) => "<" + x + ">");
  console.log(strs.toArray().join(""));
  const empty = new List<string>();
  console.log(empty.toArray().length + " " + empty.at(0, "none"));
  empty.reverse();
  console.log(empty.head === null);

  const shapes = new List<Shape>();
  shapes.append(new Rect(2, 5)).append(new Circle(2)).append(new Square(3));
  console.log(shapes.mapList((x: Shape) => x.name() + "=" + x.area()).toArray().join(" "));
  const firstShape = shapes.at(0, new Circle(0));
  if (firstShape instanceof Rect) console.log("first is rect w=" + firstShape.w);

  const g = new Gallery<Shape>();
  g.add(new Rect(1, 2));
  g.add(new Circle(3));
  g.add(new Square(5));
  console.log(g.names() + " total " + g.totalArea());
  console.log(g.largest()!.name());
  const gr = new Gallery<Rect>();
  console.log(gr.largest() === null);
  gr.add(new Square(2));
  gr.add(new Rect(3, 1));
  console.log(gr.largest()!.w + " " + gr.totalArea() + " " + gr.names());

  const cs = new CountingStack<string>();
  cs.push("x");
  cs.push("y");
  cs.pop();
  cs.push("z");
  console.log(cs.pushes + " " + cs.size() + " " + cs.peekOr("-"));
  return 0;
}
