// The op table (framework/ops/) is the one place a low-level op is defined:
// every op must be executable by the llinterp (its `eval`, or a case of the
// llinterp's op switch) and printable as C (its `c`, or a case of funcgen's
// op switch), rts/ll ops through LL_FUNCTIONS; and no consumer handles an op
// the table does not define.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { OPS } from "../../framework/ops/index.ts";
import { LL_FUNCTIONS } from "../../framework/frontend/builtins.ts";
import { llOpName } from "../../framework/rtyper/lower.ts";
import { ROOT } from "../harness.ts";

/** The `case "name":` labels of the method `method` of a source file. */
function switchCases(file: string, method: string): Set<string> {
  const src = fs.readFileSync(path.join(ROOT, file), "utf8");
  const start = src.indexOf(`  private ${method}(op: SpaceOperation`);
  expect(start, `${file}: ${method}()`).toBeGreaterThan(0);
  const end = src.indexOf("\n  }\n", start);
  return new Set([...src.slice(start, end).matchAll(/case "(\w+)":/g)].map((m) => m[1]));
}

const llOps = new Set(Object.keys(LL_FUNCTIONS).map(llOpName));
const interpCases = switchCases("framework/llinterp/llinterp.ts", "op");
const cCases = switchCases("plugins/backend-c/funcgen.ts", "op");
/** The ops of the simulated heap's handler table (heapOperations in simops.ts). */
function simHandlers(): Set<string> {
  const src = fs.readFileSync(path.join(ROOT, "framework/llinterp/simops.ts"), "utf8");
  const start = src.indexOf("export function heapOperations(");
  expect(start).toBeGreaterThan(0);
  const end = src.indexOf("\n  };\n", start);
  return new Set([...src.slice(start, end).matchAll(/^ {4}(\w+): \(/gm)].map((m) => m[1]));
}
const simCases = simHandlers();

describe("the op table", () => {
  const names = Object.keys(OPS);

  it("defines the ops (and every rts/ll function is one)", () => {
    expect(names.length).toBeGreaterThan(150);
    expect([...llOps].filter((n) => !(n in OPS))).toEqual([]);
  });

  it("every op runs in the llinterp", () => {
    expect(names.filter((n) => !OPS[n].eval && !interpCases.has(n) && !llOps.has(n))).toEqual([]);
  });

  it("every op on the heap runs on the llinterp's simulated heap too (the objects' layouts, the GC's operations)", () => {
    const HEAP = new Set(["field", "global", "list", "typed", "map", "str"]);
    const onHeap = (n: string): boolean => [...(OPS[n].reads ?? []), ...(OPS[n].writes ?? [])].some((f) => HEAP.has(f)) || OPS[n].sig.includes("ref") || n.startsWith("gc_");
    const common = new Set(["direct_call", "method_call", "indirect_call", "log_values", "json_stringify", "unreachable", "check_nonnull", "same_as", "cast_pointer", "none_to_opt"]);
    // (rts/ll's ops run on the simulated memory by construction: llinterp.ts llOp)
    expect(names.filter((n) => onHeap(n) && !OPS[n].eval && !common.has(n) && !simCases.has(n) && !n.startsWith("ll_"))).toEqual([]);
    expect(simCases.size).toBeGreaterThan(50);
    expect([...simCases].filter((n) => !(n in OPS))).toEqual([]);
  });

  it("every op has C", () => {
    expect(names.filter((n) => !OPS[n].c && !cCases.has(n) && !llOps.has(n))).toEqual([]);
  });

  it("no consumer handles an op twice or one the table does not define", () => {
    expect([...interpCases].filter((n) => !(n in OPS) || OPS[n].eval)).toEqual([]);
    expect([...cCases].filter((n) => !(n in OPS) || OPS[n].c)).toEqual([]);
  });

  it("pure ops have TypeScript semantics for constant folding, unless they read the heap or can fail", () => {
    const heap = ["getfield", "instanceof", "fnaddr"];
    expect(names.filter((n) => OPS[n].pure && !OPS[n].eval && !OPS[n].canFail && !heap.includes(n))).toEqual([]);
  });
});
