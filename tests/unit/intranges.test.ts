// The int range analysis: JavaScript-number int operations that provably
// stay within ±2^53 lose their rounding/overflow check (transforms/intranges.ts).
import { describe, expect, it } from "vitest";
import { programFile, rtypedGraphs } from "./rtyped.ts";
import { removeIntChecks } from "../../framework/transforms/intranges.ts";
import type { FunctionGraph } from "../../framework/flow/model.ts";

const SRC = `
function sumTo(xs: number[]): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
function peek(st: number[], sp: number): number {
  return st[sp - 1 - 0];
}
function push(st: number[], sp: number, v: number): number {
  st[sp++] = v;
  return sp;
}
function masked(x: number): number {
  return (x & 255) + (x >>> 0) * 2;
}
function unknown(x: number, y: number): number {
  return x + y;
}
function countdown(n: number): number {
  let k = 0;
  for (let i = n; i > 0; i = i - 1) k = k + 1;
  return k;
}
export function main(argv: string[]): number {
  const xs = [1, 2, 3];
  return sumTo(xs) + peek(xs, 3) + push(xs, 1, 5) + masked(argv.length) + unknown(argv.length, 2) + countdown(argv.length);
}
`;

function checkedOps(g: FunctionGraph): string[] {
  removeIntChecks(g);
  return [...g.operations()].map(([, op]) => op.opname).filter((n) => n.startsWith("jsint_"));
}

describe("int ranges", () => {
  const graphs = rtypedGraphs(programFile(SRC));
  it("a loop index below a length needs no check; the sum does", () => {
    expect(checkedOps(graphs.get("sumTo")!)).toEqual(["jsint_add"]);
  });
  it("an index arithmetic checked by the bounds check before anything observes it needs none", () => {
    expect(checkedOps(graphs.get("peek")!)).toEqual([]);
    expect(checkedOps(graphs.get("push")!)).toEqual([]);
  });
  it("int32 operators bound their results", () => {
    expect(checkedOps(graphs.get("masked")!)).toEqual([]);
  });
  it("values of unknown range keep the check", () => {
    expect(checkedOps(graphs.get("unknown")!)).toEqual(["jsint_add"]);
  });
  it("a loop counting down from an unknown value is widened, and keeps its checks", () => {
    expect(checkedOps(graphs.get("countdown")!).length).toBeGreaterThan(0);
  });
});
