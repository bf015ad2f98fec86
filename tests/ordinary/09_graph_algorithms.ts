// Graph algorithms on adjacency lists: BFS (with distances), iterative and recursive DFS,
// topological sort (Kahn + DFS with cycle detection), connected components, bipartiteness.

class Graph<V> {
  private readonly adj = new Map<V, V[]>();

  constructor(readonly directed: boolean) {}

  addVertex(v: V): this {
    if (!this.adj.has(v)) this.adj.set(v, []);
    return this;
  }

  addEdge(from: V, to: V): this {
    this.addVertex(from).addVertex(to);
    this.adj.get(from)!.push(to);
    if (!this.directed) this.adj.get(to)!.push(from);
    return this;
  }

  neighbors(v: V): readonly V[] {
    return this.adj.get(v) ?? [];
  }

  get vertices(): V[] {
    return [...this.adj.keys()];
  }

  static fromPairs(directed: boolean, pairs: string): Graph<string> {
    const g = new Graph<string>(directed);
    for (const pair of pairs.trim().split(/\s+/)) {
      const [a, b] = pair.split(/->|-/);
      if (b === undefined) g.addVertex(a);
      else g.addEdge(a, b);
    }
    return g;
  }
}

function bfs<V>(g: Graph<V>, start: V): Map<V, number> {
  const dist = new Map<V, number>([[start, 0]]);
  const queue: V[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const w of g.neighbors(u)) {
      if (!dist.has(w)) {
        dist.set(w, dist.get(u)! + 1);
        queue.push(w);
      }
    }
  }
  return dist;
}

function dfsIterative<V>(g: Graph<V>, start: V): V[] {
  const seen = new Set<V>();
  const order: V[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    order.push(u);
    // push in reverse so that the first neighbor is visited first
    [...g.neighbors(u)].reverse().forEach((w) => seen.has(w) || stack.push(w));
  }
  return order;
}

function* dfsRecursive<V>(g: Graph<V>, u: V, seen = new Set<V>()): Generator<V> {
  seen.add(u);
  yield u;
  for (const w of g.neighbors(u)) {
    if (!seen.has(w)) yield* dfsRecursive(g, w, seen);
  }
}

function topoKahn<V>(g: Graph<V>): V[] | null {
  const indegree = new Map<V, number>(g.vertices.map((v) => [v, 0]));
  for (const v of g.vertices) for (const w of g.neighbors(v)) indegree.set(w, indegree.get(w)! + 1);
  const ready = g.vertices.filter((v) => indegree.get(v) === 0);
  const order: V[] = [];
  while (ready.length > 0) {
    ready.sort();
    const v = ready.shift()!;
    order.push(v);
    for (const w of g.neighbors(v)) {
      const d = indegree.get(w)! - 1;
      indegree.set(w, d);
      if (d === 0) ready.push(w);
    }
  }
  return order.length === g.vertices.length ? order : null;
}

class CycleError<V> extends Error {
  constructor(readonly cycle: V[]) {
    super(`cycle detected: ${cycle.join(" -> ")}`);
  }
}

function topoDfs<V>(g: Graph<V>): V[] {
  const enum Mark { Temp, Done }
  const marks = new Map<V, Mark>();
  const result: V[] = [];
  const path: V[] = [];
  const visit = (v: V): void => {
    const m = marks.get(v);
    if (m === Mark.Done) return;
    if (m === Mark.Temp) throw new CycleError([...path.slice(path.indexOf(v)), v]);
    marks.set(v, Mark.Temp);
    path.push(v);
    g.neighbors(v).forEach(visit);
    path.pop();
    marks.set(v, Mark.Done);
    result.push(v);
  };
  g.vertices.forEach(visit);
  return result.reverse();
}

function components<V>(g: Graph<V>): V[][] {
  const seen = new Set<V>();
  const comps: V[][] = [];
  for (const v of g.vertices) {
    if (seen.has(v)) continue;
    const comp = [...bfs(g, v).keys()];
    comp.forEach((x) => seen.add(x));
    comps.push(comp);
  }
  return comps;
}

function isBipartite<V>(g: Graph<V>): boolean {
  const color = new Map<V, 0 | 1>();
  for (const s of g.vertices) {
    if (color.has(s)) continue;
    color.set(s, 0);
    const queue = [s];
    while (queue.length) {
      const u = queue.shift()!;
      for (const w of g.neighbors(u)) {
        if (!color.has(w)) {
          color.set(w, color.get(u) === 0 ? 1 : 0);
          queue.push(w);
        } else if (color.get(w) === color.get(u)) {
          return false;
        }
      }
    }
  }
  return true;
}

export function main(argv: string[]): number {
  const undirected = Graph.fromPairs(false, "a-b a-c b-d c-d d-e e-f g-h h-i i-g j");
  const dist = bfs(undirected, "a");
  console.log("BFS from a:", [...dist].map(([v, d]) => `${v}:${d}`).join(" "));
  console.log("DFS iterative:", dfsIterative(undirected, "a").join(" "));
  console.log("DFS recursive:", [...dfsRecursive(undirected, "a")].join(" "));
  const comps = components(undirected);
  console.log(`components (${comps.length}):`, comps.map((c) => `{${c.sort().join(",")}}`).join(" "));
  console.log("bipartite:", isBipartite(undirected));
  console.log("square bipartite:", isBipartite(Graph.fromPairs(false, "1-2 2-3 3-4 4-1")));

  const courses = Graph.fromPairs(
    true,
    "intro->data intro->algo data->db algo->db algo->ml math->ml math->algo db->web ml->web",
  );
  console.log("Kahn order:", topoKahn(courses)?.join(" ") ?? "none");
  console.log("DFS topo order:", topoDfs(courses).join(" "));

  const cyclic = Graph.fromPairs(true, "x->y y->z z->w w->y");
  console.log("Kahn on cyclic:", topoKahn(cyclic)?.join(" ") ?? "null (has cycle)");
  try {
    topoDfs(cyclic);
  } catch (e) {
    if (e instanceof CycleError) console.log(e.message, `(length ${e.cycle.length - 1})`);
  }

  const numeric = new Graph<number>(false);
  for (let i = 1; i <= 12; i++) numeric.addEdge(i, (i * 5) % 13);
  console.log("numeric comps:", components(numeric).map((c) => c.sort((a, b) => a - b).join("/")).join("  "));
  return 0;
}
