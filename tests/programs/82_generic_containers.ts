// Generic containers: Table<V> over string keys, a ring-buffer Queue<T>, a binary Heap<T> with a comparator closure, used with numbers and instances.
class Table<V> {
  private data = new Map<string, V>();
  private order: string[] = [];
  constructor(private fallback: V) {}
  put(k: string, v: V): void {
    if (!this.data.has(k)) this.order.push(k);
    this.data.set(k, v);
  }
  get(k: string): V {
    if (!this.data.has(k)) return this.fallback;
    return this.data.get(k)!;
  }
  has(k: string): boolean {
    return this.data.has(k);
  }
  remove(k: string): boolean {
    if (!this.data.delete(k)) return false;
    const rest: string[] = [];
    for (const o of this.order) if (o !== k) rest.push(o);
    this.order = rest;
    return true;
  }
  keys(): string[] {
    return this.order.slice(0);
  }
  size(): number {
    return this.data.size;
  }
  update(k: string, f: (old: V) => V): V {
    const v = f(this.get(k));
    this.put(k, v);
    return v;
  }
  mapValues<W>(f: (v: V) => W, fallback: W): Table<W> {
    const t = new Table<W>(fallback);
    for (const k of this.order) t.put(k, f(this.get(k)));
    return t;
  }
}

class Queue<T> {
  private buf: T[];
  private head = 0;
  private count = 0;
  grows = 0;
  constructor(
    capacity: number,
    private filler: T,
  ) {
    this.buf = [];
    for (let i = 0; i < capacity; i++) this.buf.push(filler);
  }
  enqueue(x: T): void {
    if (this.count === this.buf.length) this.grow();
    this.buf[(this.head + this.count) % this.buf.length] = x;
    this.count++;
  }
  dequeue(): T {
    if (this.count === 0) throw new Error("queue empty");
    const x = this.buf[this.head];
    this.buf[this.head] = this.filler;
    this.head = (this.head + 1) % this.buf.length;
    this.count--;
    return x;
  }
  size(): number {
    return this.count;
  }
  private grow(): void {
    const nb: T[] = [];
    for (let i = 0; i < this.count; i++) nb.push(this.buf[(this.head + i) % this.buf.length]);
    const cap = this.buf.length * 2;
    while (nb.length < cap) nb.push(this.filler);
    this.buf = nb;
    this.head = 0;
    this.grows++;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.buf[(this.head + i) % this.buf.length]);
    return out;
  }
}

class Heap<T> {
  private items: T[] = [];
  constructor(private less: (a: T, b: T) => boolean) {}
  push(x: T): void {
    this.items.push(x);
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(this.items[i], this.items[p])) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): T {
    if (this.items.length === 0) throw new Error("heap empty");
    const top = this.items[0];
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(this.items[l], this.items[m])) m = l;
        if (r < this.items.length && this.less(this.items[r], this.items[m])) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  peek(): T {
    return this.items[0];
  }
  size(): number {
    return this.items.length;
  }
  private swap(i: number, j: number): void {
    const t = this.items[i];
    this.items[i] = this.items[j];
    this.items[j] = t;
  }
}

class Task {
  constructor(
    public name: string,
    public priority: number,
    public seq: number,
  ) {}
}

function drain<T>(h: Heap<T>, show: (x: T) => string): string {
  const parts: string[] = [];
  while (h.size() > 0) parts.push(show(h.pop()));
  return parts.join(" ");
}

export function main(argv: string[]): number {
  // Table<V>
  const ages = new Table<number>(-1);
  ages.put("ann", 31);
  ages.put("bob", 25);
  ages.put("cid", 40);
  ages.put("ann", 32);
  console.log(ages.keys().join(",") + " size=" + ages.size());
  console.log(ages.get("ann") + " " + ages.get("zed") + " " + ages.has("bob"));
  console.log(ages.remove("bob") + " " + ages.remove("bob") + " " + ages.keys().join(","));
  ages.update("cid", (v: number) => v + 1);
  ages.update("dan", (v: number) => (v < 0 ? 1 : v * 2));
  console.log(ages.keys().map((k: string) => k + "=" + ages.get(k)).join(" "));
  const labels = ages.mapValues((v: number) => (v >= 18 ? "adult" : "minor"), "?");
  console.log(labels.keys().map((k: string) => k + ":" + labels.get(k)).join(" ") + " " + labels.get("nobody"));
  const words = "the quick brown fox jumps over the lazy dog the end".split(" ");
  const freq = new Table<number>(0);
  for (const w of words) freq.update(w, (n: number) => n + 1);
  console.log(freq.keys().map((k: string) => k + freq.get(k)).join(" "));
  const owners = new Table<Task | null>(null);
  owners.put("t1", new Task("write", 2, 0));
  const o1 = owners.get("t1");
  const o2 = owners.get("t2");
  console.log((o1 !== null ? o1.name : "none") + " " + (o2 !== null ? o2.name : "none"));

  // Queue<T> with a ring buffer
  const q = new Queue<number>(2, 0);
  for (let i = 1; i <= 3; i++) q.enqueue(i * 10);
  console.log(q.toArray().join(",") + " size=" + q.size() + " grows=" + q.grows);
  console.log(q.dequeue() + " " + q.dequeue());
  for (let i = 4; i <= 9; i++) q.enqueue(i * 10);
  console.log(q.toArray().join(",") + " grows=" + q.grows);
  let drained = "";
  while (q.size() > 0) drained += q.dequeue() + " ";
  console.log(drained.trim());
  try {
    q.dequeue();
  } catch (e) {
    if (e instanceof Error) console.log(e.message);
  }
  // wrap-around without growth
  const rq = new Queue<string>(3, "");
  let trace = "";
  for (let i = 0; i < 10; i++) {
    rq.enqueue("s" + i);
    if (rq.size() === 3) trace += rq.dequeue();
  }
  console.log(trace + " | " + rq.toArray().join(",") + " grows=" + rq.grows);
  const tq = new Queue<Task>(1, new Task("", 0, -1));
  tq.enqueue(new Task("a", 1, 0));
  tq.enqueue(new Task("b", 2, 1));
  console.log(tq.dequeue().name + tq.dequeue().name + " grows=" + tq.grows);

  // Heap<T> with comparator closures
  const minH = new Heap<number>((a: number, b: number) => a < b);
  const maxH = new Heap<number>((a: number, b: number) => a > b);
  const vals = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0];
  for (const v of vals) {
    minH.push(v);
    maxH.push(v);
  }
  console.log(minH.peek() + " " + maxH.peek() + " " + minH.size());
  console.log(drain(minH, (x: number) => String(x)));
  console.log(drain(maxH, (x: number) => String(x)));
  // stable priority order via a tie-breaking sequence number captured by the comparator
  let comparisons = 0;
  const tasks = new Heap<Task>((a: Task, b: Task): boolean => {
    comparisons++;
    return a.priority !== b.priority ? a.priority > b.priority : a.seq < b.seq;
  });
  const names = ["io", "gc", "ui", "net", "db", "log", "cpu"];
  const prios = [2, 5, 2, 9, 5, 1, 9];
  for (let i = 0; i < names.length; i++) tasks.push(new Task(names[i], prios[i], i));
  console.log(tasks.peek().name + " " + tasks.size());
  console.log(drain(tasks, (t: Task) => t.name + "/" + t.priority));
  console.log(comparisons > 0);
  const byLen = new Heap<string>((a: string, b: string) => (a.length !== b.length ? a.length < b.length : a < b));
  for (const w of words) byLen.push(w);
  console.log(drain(byLen, (s: string) => s));
  try {
    byLen.pop();
  } catch (e) {
    if (e instanceof Error) console.log(e.message);
  }
  // heap sort of a larger pseudo-random sequence
  const big = new Heap<number>((a: number, b: number) => a < b);
  let x = 12345;
  for (let i = 0; i < 200; i++) {
    x = (x * 48271) % 2147483647;
    big.push(x % 1000);
  }
  let prev = -1;
  let sorted = true;
  let checksum = 0;
  let k = 0;
  while (big.size() > 0) {
    const v = big.pop();
    if (v < prev) sorted = false;
    prev = v;
    checksum = (checksum * 31 + v * (k + 1)) % 1000003;
    k++;
  }
  console.log(sorted + " " + checksum + " " + k);
  return 0;
}
