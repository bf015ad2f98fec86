// Dijkstra's shortest paths using a generic binary min-heap, with path reconstruction.

class BinaryHeap<T> {
  private items: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < items.length && this.less(items[l], items[smallest])) smallest = l;
        if (r < items.length && this.less(items[r], items[smallest])) smallest = r;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}

interface Edge {
  to: string;
  weight: number;
}

type Graph = Map<string, Edge[]>;

function buildGraph(spec: string): Graph {
  const graph: Graph = new Map();
  const ensure = (v: string) => {
    if (!graph.has(v)) graph.set(v, []);
    return graph.get(v)!;
  };
  for (const part of spec.split(",")) {
    const [from, to, w] = part.trim().split(/\s+/);
    const weight = Number(w);
    ensure(from).push({ to, weight });
    ensure(to).push({ to: from, weight });
  }
  return graph;
}

interface ShortestPaths {
  dist: Map<string, number>;
  prev: Map<string, string>;
  settledOrder: string[];
}

function dijkstra(graph: Graph, source: string): ShortestPaths {
  const dist = new Map<string, number>();
  const prev = new Map<string, string>();
  const settled = new Set<string>();
  const settledOrder: string[] = [];
  for (const v of graph.keys()) dist.set(v, Infinity);
  dist.set(source, 0);

  const heap = new BinaryHeap<[number, string]>(([da, a], [db, b]) => da < db || (da === db && a < b));
  heap.push([0, source]);

  while (heap.size > 0) {
    const [d, u] = heap.pop()!;
    if (settled.has(u)) continue;
    settled.add(u);
    settledOrder.push(u);
    for (const { to, weight } of graph.get(u) ?? []) {
      const candidate = d + weight;
      if (candidate < (dist.get(to) ?? Infinity)) {
        dist.set(to, candidate);
        prev.set(to, u);
        heap.push([candidate, to]);
      }
    }
  }
  return { dist, prev, settledOrder };
}

function pathTo(prev: Map<string, string>, target: string): string[] {
  const path: string[] = [];
  let cur: string | undefined = target;
  while (cur !== undefined) {
    path.unshift(cur);
    cur = prev.get(cur);
  }
  return path;
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function main(argv: string[]): number {
  const graph = buildGraph(
    "A B 7, A C 9, A F 14, B C 10, B D 15, C D 11, C F 2, D E 6, E F 9, G H 1",
  );
  const { dist, prev, settledOrder } = dijkstra(graph, "A");
  console.log("settle order:", settledOrder.join(" "));
  for (const v of [...graph.keys()].sort()) {
    const d = dist.get(v)!;
    if (d === Infinity) {
      console.log(`${v}: unreachable`);
    } else {
      console.log(`${v}: ${String(d).padStart(3)} via ${pathTo(prev, v).join(" -> ")}`);
    }
  }

  // Heap sanity: sort random numbers through the heap.
  const rand = lcg(42);
  const heap = new BinaryHeap<number>((a, b) => a < b);
  const values = Array.from({ length: 20 }, () => Math.floor(rand() * 1000));
  values.forEach((v) => heap.push(v));
  const drained: number[] = [];
  while (heap.size) drained.push(heap.pop()!);
  const expected = [...values].sort((a, b) => a - b);
  console.log("heap sorted:", drained.join(","));
  console.log("heap ok:", drained.every((v, i) => v === expected[i]));

  // Grid graph: shortest path on a 6x6 grid with pseudo-random weights.
  const n = 6;
  const grid: Graph = new Map();
  const key = (r: number, c: number) => `${r}:${c}`;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const edges: Edge[] = [];
      for (const [dr, dc] of [[0, 1], [1, 0], [0, -1], [-1, 0]]) {
        const nr = r + dr, nc = c + dc;
        if (nr >= 0 && nr < n && nc >= 0 && nc < n) {
          edges.push({ to: key(nr, nc), weight: 1 + Math.floor(rand() * 9) });
        }
      }
      grid.set(key(r, c), edges);
    }
  }
  const res = dijkstra(grid, key(0, 0));
  const corner = key(n - 1, n - 1);
  console.log(`grid distance to ${corner}: ${res.dist.get(corner)}`);
  console.log(`grid path: ${pathTo(res.prev, corner).join(" ")}`);
  const far = [...res.dist.entries()].reduce((best, cur) => (cur[1] > best[1] ? cur : best));
  console.log(`farthest cell: ${far[0]} at ${far[1]}`);
  return 0;
}
