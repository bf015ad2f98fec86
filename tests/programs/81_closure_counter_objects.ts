// Closures at scale: an event bus with listener closures stored in a Map, unsubscribe closures, memoization, compose/pipe, currying.
class Event {
  constructor(
    public topic: string,
    public payload: number,
  ) {}
}

type Listener = (e: Event) => void;

class EventBus {
  private listeners = new Map<string, Listener[]>();
  private delivered = 0;
  on(topic: string, l: Listener): () => boolean {
    let list = this.listeners.get(topic);
    if (list === undefined) {
      list = [];
      this.listeners.set(topic, list);
    }
    list.push(l);
    let active = true;
    return (): boolean => {
      if (!active) return false;
      active = false;
      const cur = this.listeners.get(topic);
      if (cur !== undefined) {
        const i = cur.indexOf(l);
        if (i >= 0) {
          const rest = cur.slice(0, i).concat(cur.slice(i + 1));
          this.listeners.set(topic, rest);
        }
      }
      return true;
    };
  }
  once(topic: string, l: Listener): void {
    let off: () => boolean = () => false;
    off = this.on(topic, (e: Event) => {
      off();
      l(e);
    });
  }
  emit(topic: string, payload: number): number {
    const list = this.listeners.get(topic);
    if (list === undefined) return 0;
    const e = new Event(topic, payload);
    const snapshot = list.slice(0);
    for (const l of snapshot) {
      l(e);
      this.delivered++;
    }
    return snapshot.length;
  }
  count(topic: string): number {
    const list = this.listeners.get(topic);
    return list === undefined ? 0 : list.length;
  }
  total(): number {
    return this.delivered;
  }
}

function memoize(f: (n: number) => number): [(n: number) => number, () => number] {
  const cache = new Map<number, number>();
  let misses = 0;
  const g = (n: number): number => {
    if (cache.has(n)) return cache.get(n)!;
    misses++;
    const v = f(n);
    cache.set(n, v);
    return v;
  };
  return [g, () => misses];
}

function compose(...fs: ((x: number) => number)[]): (x: number) => number {
  return (x: number): number => {
    let v = x;
    for (let i = fs.length - 1; i >= 0; i--) v = fs[i](v);
    return v;
  };
}

function pipe(...fs: ((x: number) => number)[]): (x: number) => number {
  return (x: number): number => fs.reduce((acc: number, f: (x: number) => number) => f(acc), x);
}

const add = (a: number) => (b: number): number => a + b;
const mul = (a: number) => (b: number): number => a * b;

function curry3(f: (a: number, b: number, c: number) => number): (a: number) => (b: number) => (c: number) => number {
  return (a: number) => (b: number) => (c: number) => f(a, b, c);
}

function makeIdGen(prefix: string): () => string {
  let n = 0;
  return () => prefix + ++n;
}

export function main(argv: string[]): number {
  const bus = new EventBus();
  const log: string[] = [];
  let sum = 0;
  const offA = bus.on("tick", (e: Event) => log.push("A" + e.payload));
  bus.on("tick", (e: Event) => {
    sum += e.payload;
  });
  bus.on("tock", (e: Event) => {
    log.push("T" + e.payload);
  });
  bus.once("tick", (e: Event) => {
    log.push("once" + e.payload);
  });
  console.log(bus.count("tick") + " " + bus.count("tock") + " " + bus.count("none"));
  console.log(bus.emit("tick", 1) + " " + log.join(","));
  console.log(bus.emit("tick", 2) + " " + log.join(","));
  console.log(bus.emit("tock", 3) + " " + bus.emit("nothing", 4));
  console.log(offA() + " " + offA());
  bus.emit("tick", 10);
  console.log(log.join(",") + " sum=" + sum + " delivered=" + bus.total());

  // listeners that register more listeners while an event is being delivered
  const order: string[] = [];
  const ids = makeIdGen("L");
  const spawner = (e: Event): void => {
    const id = ids();
    order.push(id + "@" + e.payload);
    if (e.payload < 3) {
      bus.on("spawn", (ev: Event) => {
        order.push("child-of-" + id + "@" + ev.payload);
      });
    }
  };
  bus.on("spawn", spawner);
  for (let i = 1; i <= 3; i++) bus.emit("spawn", i);
  console.log(order.join(" "));
  console.log(bus.count("spawn"));

  // memoization with a closure over a Map
  let calls = 0;
  const [slowSquare, squareMisses] = memoize((n: number): number => {
    calls++;
    return n * n;
  });
  console.log(slowSquare(12) + " " + slowSquare(12) + " " + slowSquare(3) + " calls=" + calls + " misses=" + squareMisses());
  let fibCalls = 0;
  const fibMemo: [(n: number) => number, () => number] = memoize((n: number): number => {
    fibCalls++;
    return n < 2 ? n : fibMemo[0](n - 1) + fibMemo[0](n - 2);
  });
  console.log(fibMemo[0](60) + " calls=" + fibCalls + " misses=" + fibMemo[1]());
  console.log(fibMemo[0](30) + " calls=" + fibCalls);

  // compose and pipe
  const inc = add(1);
  const dbl = mul(2);
  const sq = (x: number): number => x * x;
  console.log(compose(inc, dbl, sq)(3) + " " + pipe(inc, dbl, sq)(3));
  console.log(compose()(7) + " " + pipe()(7) + " " + compose(inc)(7));
  const steps: ((x: number) => number)[] = [];
  for (let i = 1; i <= 4; i++) steps.push(add(i * 10));
  console.log(steps.reduce((acc: number, f: (x: number) => number) => f(acc), 0));

  // currying
  console.log(add(2)(3) + " " + mul(6)(7) + " " + add(add(1)(1))(mul(2)(2)));
  const add5 = add(5);
  const results: number[] = [];
  for (const x of [0, 1, 2]) results.push(add5(x));
  console.log(results.join(","));
  const vol = curry3((a: number, b: number, c: number) => a * b * c);
  const base = vol(2);
  const slab = base(3);
  console.log(slab(4) + " " + slab(10) + " " + base(5)(5) + " " + vol(1)(1)(1));
  const adders = [1, 2, 3].map((n: number) => add(n));
  console.log(adders.map((f: (x: number) => number) => f(100)).join(" "));
  const gen2 = makeIdGen("x");
  console.log(ids() + " " + gen2() + " " + gen2() + " " + ids());
  return 0;
}
