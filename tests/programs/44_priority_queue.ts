// Integration: binary min-heap priority queue of tasks, heap sort, and Dijkstra on a small graph.
import { intDiv } from "rts/rlib";

class Task {
  constructor(public prio: number, public seq: number, public name: string) {}
  before(o: Task): boolean {
    if (this.prio !== o.prio) return this.prio < o.prio;
    return this.seq < o.seq;
  }
}

class Heap {
  items: Task[] = [];
  swap(i: number, j: number): void {
    const tmp = this.items[i];
    this.items[i] = this.items[j];
    this.items[j] = tmp;
  }
  size(): number {
    return this.items.length;
  }
  push(t: Task): void {
    this.items.push(t);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = intDiv(i - 1, 2);
      if (!this.items[i].before(this.items[parent])) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): Task {
    const top = this.items[0];
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      while (true) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.items[l].before(this.items[m])) m = l;
        if (r < this.items.length && this.items[r].before(this.items[m])) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

export function main(argv: string[]): number {
  const h = new Heap();
  const names: string[] = ["write", "test", "lint", "ship", "plan", "review", "deploy", "rest"];
  const prios: number[] = [3, 2, 5, 9, 1, 2, 9, 7];
  let seq = 0;
  for (let i = 0; i < names.length; i++) h.push(new Task(prios[i], seq++, names[i]));
  let order = h.size() + ": ";
  while (h.size() > 0) {
    const t = h.pop();
    order += t.name + "(" + t.prio + ") ";
  }
  console.log(order);
  // heap sort of pseudo-random numbers
  let x = 12345;
  for (let i = 0; i < 1000; i++) {
    x = (x * 16807) % 2147483647;
    h.push(new Task(x % 10000, seq++, ""));
  }
  let prev = -1;
  let ok = true;
  let firstFew = "";
  let k = 0;
  while (h.size() > 0) {
    const t = h.pop();
    if (t.prio < prev) ok = false;
    prev = t.prio;
    if (k < 8) firstFew += t.prio + " ";
    k++;
  }
  console.log(ok + " " + k + " " + prev + " | " + firstFew);
  // Dijkstra on a weighted graph given as adjacency lists
  const n = 7;
  const adjTo: number[][] = [];
  const adjW: number[][] = [];
  for (let i = 0; i < n; i++) {
    adjTo.push([]);
    adjW.push([]);
  }
  const edges: number[][] = [[0, 1, 7], [0, 2, 9], [0, 5, 14], [1, 2, 10], [1, 3, 15], [2, 3, 11], [2, 5, 2], [3, 4, 6], [4, 5, 9], [5, 6, 1]];
  for (const e of edges) {
    adjTo[e[0]].push(e[1]);
    adjW[e[0]].push(e[2]);
    adjTo[e[1]].push(e[0]);
    adjW[e[1]].push(e[2]);
  }
  const dist: number[] = [];
  for (let i = 0; i < n; i++) dist.push(1000000000);
  dist[0] = 0;
  const pq = new Heap();
  pq.push(new Task(0, 0, "0"));
  let pops = 0;
  while (pq.size() > 0) {
    const t = pq.pop();
    pops++;
    const u = t.seq;
    if (t.prio > dist[u]) continue;
    for (let j = 0; j < adjTo[u].length; j++) {
      const v = adjTo[u][j];
      const nd = dist[u] + adjW[u][j];
      if (nd < dist[v]) {
        dist[v] = nd;
        pq.push(new Task(nd, v, "" + v));
      }
    }
  }
  console.log(dist.join(" ") + " / " + pops);
  return 0;
}
