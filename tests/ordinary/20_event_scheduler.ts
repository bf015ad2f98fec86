// A generic priority queue and discrete-event scheduler, used to simulate a small
// bank with tellers, a FIFO waiting line and periodic reporting. Seeded PRNG only.

class PriorityQueue<T> {
  private heap: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get length(): number { return this.heap.length; }
  peek(): T | undefined { return this.heap[0]; }

  push(...items: T[]): void {
    for (const item of items) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
    }
  }

  pop(): T | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0 && last !== undefined) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(this.heap[i], this.heap[p]) >= 0) return;
      [this.heap[i], this.heap[p]] = [this.heap[p], this.heap[i]];
      i = p;
    }
  }

  private siftDown(i: number): void {
    const n = this.heap.length;
    for (;;) {
      let m = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < n && this.compare(this.heap[c], this.heap[m]) < 0) m = c;
      if (m === i) return;
      [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
      i = m;
    }
  }
}

interface Scheduled<E> {
  time: number;
  seq: number;
  event: E;
}

type Handler<E extends { kind: string }> = (event: E, scheduler: Scheduler<E>) => void;

class Scheduler<E extends { kind: string }> {
  private readonly queue = new PriorityQueue<Scheduled<E>>((a, b) => a.time - b.time || a.seq - b.seq);
  private readonly handlers = new Map<string, Handler<E>>();
  private seq = 0;
  now = 0;
  processed = 0;

  on<K extends E["kind"]>(kind: K, handler: (event: Extract<E, { kind: K }>, s: Scheduler<E>) => void): this {
    this.handlers.set(kind, handler as Handler<E>);
    return this;
  }

  schedule(delay: number, event: E): void {
    if (delay < 0) throw new RangeError("cannot schedule in the past");
    this.queue.push({ time: this.now + delay, seq: this.seq++, event });
  }

  run(until: number): void {
    while (this.queue.length > 0 && this.queue.peek()!.time <= until) {
      const { time, event } = this.queue.pop()!;
      this.now = time;
      this.processed++;
      const handler = this.handlers.get(event.kind);
      if (!handler) throw new Error(`no handler for ${event.kind}`);
      handler(event, this);
    }
    this.now = until;
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type BankEvent =
  | { kind: "arrive"; customer: number }
  | { kind: "finish"; teller: number; customer: number }
  | { kind: "report" };

export function main(argv: string[]): number {
  // Sanity check: the queue pops in ascending order.
  const pq = new PriorityQueue<[number, string]>((a, b) => a[0] - b[0]);
  pq.push([5, "e"], [1, "a"], [3, "c"], [2, "b"], [4, "d"]);
  const drained: string[] = [];
  while (pq.length) drained.push(pq.pop()![1]);
  console.log("pq order:", drained.join(""));

  const rand = mulberry32(2024);
  const exp = (mean: number) => Math.max(1, Math.round(-Math.log(1 - rand()) * mean));
  const tellers: Array<number | null> = [null, null];
  const line: Array<{ customer: number; arrived: number }> = [];
  const arrivals = new Map<number, number>();
  const waits: number[] = [];
  let nextCustomer = 1;
  let served = 0;
  let maxLine = 0;

  const sim = new Scheduler<BankEvent>();
  const startService = (s: Scheduler<BankEvent>, teller: number, customer: number) => {
    tellers[teller] = customer;
    waits.push(s.now - arrivals.get(customer)!);
    s.schedule(exp(7), { kind: "finish", teller, customer });
  };

  sim
    .on("arrive", ({ customer }, s) => {
      arrivals.set(customer, s.now);
      const free = tellers.indexOf(null);
      if (free >= 0) startService(s, free, customer);
      else {
        line.push({ customer, arrived: s.now });
        maxLine = Math.max(maxLine, line.length);
      }
      if (nextCustomer <= 25) s.schedule(exp(4), { kind: "arrive", customer: nextCustomer++ });
    })
    .on("finish", ({ teller, customer }, s) => {
      served++;
      tellers[teller] = null;
      if (served % 5 === 0) console.log(`  t=${String(s.now).padStart(3)} teller ${teller} finished customer #${customer} (${served} served)`);
      const next = line.shift();
      if (next) startService(s, teller, next.customer);
    })
    .on("report", (_, s) => {
      const busy = tellers.filter((t) => t !== null).length;
      console.log(`report t=${s.now}: busy=${busy} line=[${line.map((c) => c.customer).join(",")}] served=${served}`);
      s.schedule(30, { kind: "report" });
    });

  sim.schedule(0, { kind: "arrive", customer: nextCustomer++ });
  sim.schedule(30, { kind: "report" });
  sim.run(150);

  const avgWait = waits.reduce((a, b) => a + b, 0) / waits.length;
  const sortedWaits = [...waits].sort((a, b) => a - b);
  console.log(`customers: ${nextCustomer - 1}, served: ${served}, max line: ${maxLine}, events processed: ${sim.processed}`);
  console.log(`wait avg ${avgWait.toFixed(2)}, median ${sortedWaits[Math.floor(sortedWaits.length / 2)]}, max ${sortedWaits.at(-1)}`);
  try {
    sim.schedule(-1, { kind: "report" });
  } catch (e) {
    console.log(`${(e as Error).name}: ${(e as Error).message}`);
  }
  return 0;
}
