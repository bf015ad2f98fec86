// The backend-independent transforms (translator/transforms.ts) on one small
// program, in-process: what each one does to the low-level graphs, and that
// the llinterp prints the same with them (--opt 2) as without (--opt 0).
import { describe, expect, it } from "vitest";
import { CAN_RAISE, type FunctionGraph } from "../../framework/flow/model.ts";
import { runLowered } from "../../framework/cli/commands.ts";
import { BufferIO } from "../../framework/llinterp/io.ts";
import type { LoweredProgram } from "../../framework/translator/program.ts";
import { loweredProgram, programFile, rtypedGraphs } from "./rtyped.ts";
import { constantFold } from "../../framework/transforms/constfold.ts";
import { removeSameAs } from "../../framework/transforms/simplify.ts";

const SRC = `
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
function mayThrow(n: number): number {
  if (n > 100) throw new Error("too big: " + n);
  return n * 2;
}
export function main(argv: string[]): number {
  const n = argv.length;
  console.log(add1(n), folded(), classify(n + 1), classify(n + 4), fact(n + 10));
  try {
    console.log(mayThrow(n + 3), mayThrow(n + 200));
  } catch (e) {
    console.log((e as Error).message);
  }
  return 0;
}
`;
const EXPECTED = "2 42 two five 39916800\ntoo big: 201\n";

const file = programFile(SRC);

async function lower(opt: number): Promise<LoweredProgram> {
  return loweredProgram(file, opt);
}

async function run(ctx: LoweredProgram): Promise<string> {
  const io = new BufferIO("");
  expect(await runLowered(ctx, file, [], io)).toBe(0);
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
    const raisingCalls = (g: FunctionGraph): string[] =>
      g.blocks().filter((b) => b.exitswitch === CAN_RAISE && b.operations.at(-1)?.opname === "direct_call")
        .map((b) => (b.operations.at(-1)!.args[0] as { value: { graph: FunctionGraph } }).value.graph.name);
    const main = raisingCalls(graph(plain, "main"));
    expect(main).toContain("mayThrow");
    expect(main).toContain("fact"); // may overflow the stack
    expect(main).not.toContain("add1");
    expect(main).not.toContain("folded");
  });
});
