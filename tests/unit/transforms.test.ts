// The backend-independent transforms (translator/transforms.ts) on one small
// program, in-process: what each one does to the low-level graphs, and that
// the llinterp prints the same with them (--opt 2) as without (--opt 0).
import { describe, expect, it } from "vitest";
import { CAN_RAISE, Constant, Variable, type FunctionGraph, type SpaceOperation } from "../../framework/flow/model.ts";
import { SHADOW_STACK_OPS } from "../../framework/transforms/shadowstack.ts";
import { runLowered } from "../../framework/cli/commands.ts";
import { BufferIO } from "../../framework/llinterp/io.ts";
import type { LoweredProgram } from "../../framework/translator/program.ts";
import { loweredProgram, programFile, rtypedGraphs } from "./rtyped.ts";
import { constantFold } from "../../framework/transforms/constfold.ts";
import { removeSameAs } from "../../framework/transforms/simplify.ts";

const SRC = `
import { weAreJitted } from "rts/jit";
function add1(x: number): number {
  return x + 1;
}
function folded(): number {
  const a = 6;
  const b = a * 7;
  return b + 0;
}
function classify(x: number): string {
  if (x === 1) return "one";
  else if (x === 2) return "two";
  else if (x === 3) return "three";
  else if (x === 5) return "five";
  return "many";
}
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
// (small but for a path only traces take: weAreJitted() is false in C)
function withTracePath(x: number): number {
  if (weAreJitted()) {
    let s = x;
    s = s * 3 + 0;
    s = s * 3 + 1;
    s = s * 3 + 2;
    s = s * 3 + 3;
    s = s * 3 + 4;
    s = s * 3 + 5;
    s = s * 3 + 6;
    s = s * 3 + 7;
    s = s * 3 + 8;
    s = s * 3 + 9;
    s = s * 3 + 10;
    s = s * 3 + 11;
    s = s * 3 + 12;
    s = s * 3 + 13;
    s = s * 3 + 14;
    s = s * 3 + 15;
    return s;
  }
  return x + 2;
}
function mayThrow(n: number): number {
  if (n > 100) throw new Error("too big: " + n);
  return n * 2;
}
export function main(argv: string[]): number {
  const n = argv.length;
  console.log(add1(n), folded(), classify(n + 1), classify(n + 4), fact(n + 10), withTracePath(n));
  try {
    console.log(mayThrow(n + 3), mayThrow(n + 200));
  } catch (e) {
    console.log((e as Error).message);
  }
  return 0;
}
`;
const EXPECTED = "2 42 two five 39916800 3\ntoo big: 201\n";

const file = programFile(SRC);

async function lower(opt: number): Promise<LoweredProgram> {
  return loweredProgram(file, opt);
}

async function run(ctx: LoweredProgram): Promise<string> {
  const io = new BufferIO("");
  expect(await runLowered(ctx, file, [], io, "objects")).toBe(0);
  return io.stdout.toString("utf8");
}

function graph(ctx: LoweredProgram, name: string): FunctionGraph {
  const g = ctx.graphs.find((x) => x.name === name);
  expect(g, name).toBeDefined();
  return g!;
}

const opnames = (g: FunctionGraph): string[] => [...g.operations()].map(([, op]) => op.opname);
const callees = (g: FunctionGraph): string[] =>
  [...g.operations()].filter(([, op]) => op.opname === "direct_call").map(([, op]) => (op.args[0] as { value: { graph: FunctionGraph } }).value.graph.name);

describe("transforms", async () => {
  const [plain, optimized] = [await lower(0), await lower(2)];

  it("leave what the program prints unchanged", async () => {
    expect(await run(plain)).toBe(EXPECTED);
    expect(await run(optimized)).toBe(EXPECTED);
  });

  it("constant folding computes operations on constants", () => {
    // the rtyped graph, before any transform, computes 6 * 7 + 0
    const g = rtypedGraphs(file).get("folded")!;
    removeSameAs(g);
    const arith = (x: FunctionGraph): string[] => opnames(x).filter((n) => /^(js)?int_/.test(n));
    expect(arith(g).length).toBeGreaterThan(0);
    const stats = { folded: 0, branches: 0, removed: 0 };
    constantFold(g, stats);
    expect(arith(g)).toEqual([]);
    expect(stats.folded).toBeGreaterThan(0);
    expect(arith(graph(plain, "folded"))).toEqual([]);
  });

  it("inlining removes calls of small functions, not of recursive ones", () => {
    expect(callees(graph(plain, "main"))).toContain("add1");
    expect(callees(graph(optimized, "main"))).not.toContain("add1");
    expect(callees(graph(optimized, "fact"))).toContain("fact");
    // the ops under weAreJitted() do not count: C never runs them
    expect(callees(graph(plain, "main"))).toContain("withTracePath");
    expect(callees(graph(optimized, "main"))).not.toContain("withTracePath");
  });

  it("a chain of int equality tests becomes one switch", () => {
    const widest = (g: FunctionGraph): number => Math.max(...g.blocks().map((b) => b.exits.length));
    expect(widest(graph(plain, "classify"))).toBe(2);
    expect(widest(graph(optimized, "classify"))).toBeGreaterThanOrEqual(5);
  });

  it("functions that call get a stack check, leaves do not", () => {
    expect(opnames(graph(plain, "fact"))).toContain("stack_check");
    expect(opnames(graph(plain, "add1"))).not.toContain("stack_check");
  });

  it("the exception transform gives calls that can raise an exception exit, and only those", () => {
    // the raising op ends its block, but for the GC transform's pops and reloads after it
    const raising = (b: { operations: SpaceOperation[] }) => b.operations.filter((op) => !SHADOW_STACK_OPS.has(op.opname)).at(-1);
    const raisingCalls = (g: FunctionGraph): string[] =>
      g.blocks().filter((b) => b.exitswitch === CAN_RAISE && raising(b)?.opname === "direct_call")
        .map((b) => (raising(b)!.args[0] as { value: { graph: FunctionGraph } }).value.graph.name);
    const main = raisingCalls(graph(plain, "main"));
    expect(main).toContain("mayThrow");
    expect(main).toContain("fact"); // may overflow the stack
    expect(main).not.toContain("add1");
    expect(main).not.toContain("folded");
  });
});

const HEAP_SRC = `
class Counter {
  n = 0;
  hits: number[] = [];
}
function bump(c: Counter): void {
  c.n = c.n + 1;
}
function touch(c: Counter): void {
  bump(c);
}
function peek(c: Counter): number {
  return c.n;
}
function record(c: Counter, x: number): void {
  c.hits.push(x);
}
function callBack(f: (x: number) => number): number {
  return f(1) + f(2);
}
export function main(argv: string[]): number {
  const c = new Counter();
  touch(c);
  record(c, peek(c));
  console.log(c.n, c.hits.length, callBack((x) => x * argv.length), callBack((x) => x + c.n));
  return 0;
}
`;

describe("heap effects (effects.ts, from the op table's reads/writes)", async () => {
  const program = await loweredProgram(programFile(HEAP_SRC), 0);
  const of = (name: string): { reads: string[]; writes: string[] } => {
    const e = program.effects.heapOf(graph(program, name));
    return { reads: [...e.reads].sort(), writes: [...e.writes].sort() };
  };

  it("a graph writes what it and its callees write", () => {
    expect(of("bump")).toEqual({ reads: ["field:Counter.n"], writes: ["field:Counter.n"] });
    expect(of("touch")).toEqual(of("bump"));
  });

  it("a reader writes nothing; lists are located by item type", () => {
    expect(of("peek")).toEqual({ reads: ["field:Counter.n"], writes: [] });
    expect(of("record")).toEqual({ reads: ["field:Counter.hits", "list:Signed"], writes: ["list:Signed"] });
  });

  it("a call through a function value with one possible target is precise; with several it may touch anything", () => {
    expect(of("callBack").writes).toContain("*"); // two closures reach f
    expect(of("main$lambda").writes).toEqual([]);
    expect(of("main").writes).toEqual(expect.arrayContaining(["*", "field:Counter.n", "io", "list:Signed"]));
  });
});

describe("the shadow-stack GC transform (roots as operations in the graphs)", async () => {
  const program = await loweredProgram(programFile(HEAP_SRC), 0);

  it("pushes the pointers live across a collecting call, then pops and reloads them as new variables", () => {
    const main = graph(program, "main");
    const ops = [...main.operations()].map(([, op]) => op);
    const push = ops.findIndex((op) => op.opname === "gc_push_roots");
    expect(push).toBeGreaterThanOrEqual(0);
    const pushed = ops[push].args as Variable[];
    const call = ops[push + 1];
    expect(program.effects.canCollect(call)).toBe(true);
    expect(ops[push + 2].opname).toBe("gc_pop_roots");
    const reloads = ops.slice(push + 3, push + 3 + pushed.length);
    expect(reloads.map((op) => op.opname)).toEqual(pushed.map(() => "gc_reload_root"));
    // nothing after the call reads the variables that were pushed: the reloaded ones replace them
    const after = ops.slice(push + 3 + pushed.length).flatMap((op) => op.args);
    for (const v of pushed) expect(after).not.toContain(v);
  });

  it("the llinterp runs the graphs with their root operations (balanced pushes and pops)", async () => {
    expect(await run(program)).toBe("1 1 3 5\n"); // as Node prints it
  });
});

describe("write barriers as operations (generational GC only)", async () => {
  const file = programFile(HEAP_SRC);
  const [generational, semispace] = await Promise.all([loweredProgram(file, 0, "generational"), loweredProgram(file, 0, "semispace")]);
  const barriers = (p: LoweredProgram): number => p.graphs.reduce((n, g) => n + [...g.operations()].filter(([, op]) => op.opname === "gc_write_barrier").length, 0);

  it("the generational GC puts a barrier before each pointer store into an object, the semispace GC none", () => {
    const ctor = generational.graphs.find((g) => g.name === "Counter.constructor" || g.name.startsWith("Counter"))!;
    const ops = [...ctor.operations()].map(([, op]) => op);
    const store = ops.findIndex((op) => op.opname === "setfield" && op.args[1] instanceof Constant && op.args[1].value === "hits");
    expect(store).toBeGreaterThan(0);
    expect(ops[store - 1].opname).toBe("gc_write_barrier");
    expect(ops[store - 1].args[0]).toBe(ops[store].args[0]);
    expect(barriers(generational)).toBeGreaterThan(0);
    expect(barriers(semispace)).toBe(0);
  });
});


describe("the allocation fast path as operations (generational GC only)", async () => {
  const file = programFile(HEAP_SRC);
  const [generational, semispace] = await Promise.all([loweredProgram(file, 0, "generational"), loweredProgram(file, 0, "semispace")]);
  const ops = (p: LoweredProgram): SpaceOperation[] => p.graphs.flatMap((g) => [...g.operations()].map(([, op]) => op));

  it("a malloc with pointers live across it becomes a bump in the nursery, and only the slow path saves them", () => {
    const main = graph(generational, "main");
    const split = main.blocks().find((b) => b.operations.at(-1)?.opname === "ptr_nonzero" && b.operations.at(-2)?.opname === "gc_malloc_bump");
    expect(split).toBeDefined();
    expect(split!.exitswitch).toBe(split!.operations.at(-1)!.result);
    expect(split!.operations.map((op) => op.opname)).not.toContain("gc_push_roots"); // the fast path saves nothing
    const slow = split!.exits.find((l) => l.exitcase === false)!.target;
    expect(slow.operations.map((op) => op.opname)).toEqual(["gc_push_roots", "malloc", "gc_pop_roots", ...slow.operations.slice(3).map(() => "gc_reload_root")]);
    const fast = split!.exits.find((l) => l.exitcase === true)!.target;
    expect(slow.exits[0].target).toBe(fast); // both paths meet with the object and the live values
  });

  it("the semispace GC keeps plain mallocs", () => {
    expect(ops(semispace).some((op) => op.opname === "gc_malloc_bump")).toBe(false);
    expect(ops(generational).some((op) => op.opname === "gc_malloc_bump")).toBe(true);
  });

  it("the llinterp takes the slow path and prints the same", async () => {
    expect(await run(generational)).toBe("1 1 3 5\n");
  });
});
