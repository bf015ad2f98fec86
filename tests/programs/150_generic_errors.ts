// A generic class extending a plain one (`class CycleError<V> extends Error`):
// its copies sit under one family class, so `instanceof CycleError` tests
// all of them (TypeScript narrows to CycleError<any>: the value is one of
// the copies); super() reaches Error's constructor through the family.
class CycleError<V> extends Error {
  constructor(readonly cycle: V[]) {
    super(`cycle: ${cycle.join(" -> ")}`);
    this.name = "CycleError";
  }
  get size(): number {
    return this.cycle.length;
  }
}
class LimitError extends Error {}

function findCycle(edges: Map<string, string>, start: string): string[] {
  const path = [start];
  for (let at = edges.get(start); at !== undefined; at = edges.get(at)) {
    path.push(at);
    if (at === start) throw new CycleError(path);
    if (path.length > 10) throw new LimitError("too long");
  }
  return path;
}

function numbers(n: number): number[] {
  if (n > 2) throw new CycleError([n, n - 1, n]);
  return [n];
}

export function main(argv: string[]): number {
  const edges = new Map([["a", "b"], ["b", "c"], ["c", "a"], ["x", "y"]]);
  for (const start of ["a", "x"]) {
    try {
      console.log("path", findCycle(edges, start).join(""));
    } catch (e) {
      if (e instanceof CycleError) console.log(e.message, e.name, e.size, e instanceof Error, String(e));
      else throw e;
    }
  }
  for (const n of [1, 3 + argv.length]) {
    try {
      console.log(numbers(n));
    } catch (e) {
      console.log(e instanceof CycleError, e instanceof LimitError, (e as Error).message);
    }
  }
  return 0;
}
