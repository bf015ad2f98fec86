// Flow graphs from the frontend: block-local variables (values cross blocks
// only through links), variable families, and the annotator's int/float
// inference.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { Frontend } from "../../framework/frontend/frontend.ts";
import { Annotator } from "../../framework/annotator/annotator.ts";
import { Variable, type Block, type FunctionGraph } from "../../framework/flow/model.ts";
import { variableFamilies } from "../../framework/flow/families.ts";
import type { SomeValue } from "../../framework/annotator/model.ts";

function program(src: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rts-fg-")), "prog.ts");
  fs.writeFileSync(file, src);
  return file;
}

function checkLocality(g: FunctionGraph): void {
  for (const b of g.blocks()) {
    const defined = new Set<Variable>(b.inputargs);
    for (const op of b.operations) {
      for (const a of op.args) if (a instanceof Variable) expect(defined.has(a), `${g.name}: ${a} used outside its block`).toBe(true);
      defined.add(op.result);
    }
    for (const l of b.exits) {
      expect(l.args.length).toBe(l.target.inputargs.length);
      for (const a of l.args) if (a instanceof Variable && a !== l.excValue) expect(defined.has(a)).toBe(true);
    }
  }
}

const SRC = `
class Acc { total = 0; add(x: number): void { this.total += x; } }
function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
function count(n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) { if (i % 3 === 0) continue; c += i > 5 ? 2 : 1; }
  try { if (c > 100) throw new Error("big"); } catch (e) { c = -1; } finally { c += 1; }
  return c;
}
export function main(argv: string[]): number {
  const a = new Acc();
  a.add(1);
  a.add(2.5);
  console.log(mean([1, 2, 3]));
  return count(10);
}
`;

describe("flow graphs and annotation", () => {
  const fe = new Frontend(program(SRC));
  const an = new Annotator(fe);
  an.annotateMain(fe.findMain()!);

  it("keeps every variable inside its block", () => {
    expect(an.graphs.map((g) => g.name).sort()).toEqual(["Acc.add", "Acc.constructor", "Error.constructor", "count", "main", "mean"]);
    for (const g of an.graphs) checkLocality(g);
  });

  it("groups each value with the block arguments that only pass it on (one definition per family)", () => {
    for (const g of an.graphs) {
      const fam = variableFamilies(g, () => true);
      const incoming = new Map<Block, Variable[][]>();
      for (const b of g.blocks()) for (const l of b.exits) incoming.set(l.target, [...(incoming.get(l.target) ?? []), l.args as Variable[]]);
      const defs = new Map<Variable, number>();
      const def = (v: Variable): void => void defs.set(fam.find(v), (defs.get(fam.find(v)) ?? 0) + 1);
      for (const b of g.blocks()) {
        b.inputargs.forEach((v, i) => {
          // a block argument that receives its own family on every link only passes the value on
          const passes = b !== g.startblock && (incoming.get(b) ?? []).every((args) => args[i] instanceof Variable && fam.find(args[i]) === fam.find(v));
          if (!passes) def(v);
        });
        for (const op of b.operations) def(op.result);
        for (const l of b.exits) if (l.excValue) def(l.excValue);
      }
      for (const [rep, n] of defs) expect(n, `${g.name}: family of ${rep} has ${n} definitions`).toBe(1);
    }
    // the array rides around the loop unchanged: one family from the parameter on
    const mean = an.graphs.find((g) => g.name === "mean")!;
    const fam = variableFamilies(mean, () => true);
    const xs = mean.startblock.inputargs[0];
    expect(mean.blocks().filter((b) => b.inputargs.some((v) => fam.find(v) === fam.find(xs))).length).toBeGreaterThan(2);
  });

  it("infers ints and floats", () => {
    const ret = (name: string): string => (an.graphs.find((g) => g.name === name)!.returnblock.inputargs[0].annotation as SomeValue).describe();
    expect(ret("count")).toBe("int");
    expect(ret("mean")).toBe("float"); // `/` gives float
    const acc = fe.allClasses.find((c) => c.name === "Acc")!;
    expect(an.fields.get(acc.fields.get("total")!)!.ann.describe()).toBe("float"); // 0 ∪ 2.5
  });
});

describe("type conflicts", () => {
  it("name the source locations of both sides", () => {
    // (numbers, strings, booleans, arrays, Maps, functions and instances meet as a value union; a typed array and a string cannot)
    const file = program(`export function main(argv: string[]): number {
  let x: Float64Array | string = new Float64Array(2);
  if (argv.length > 5) x = "many";
  console.log(x);
  return 0;
}
`);
    const fe = new Frontend(file);
    const an = new Annotator(fe);
    let err: unknown = null;
    try {
      an.annotateMain(fe.findMain()!);
    } catch (e) {
      err = e;
    }
    const d = (err as { diagnostics: { message: string; related: { loc: { line: number }; message: string }[] }[] }).diagnostics[0];
    expect(d.message).toBe("variable 'x' mixes incompatible types: Float64Array and string");
    expect(d.related.map((r) => [r.loc.line, r.message])).toEqual([
      [2, "Float64Array comes from here"],
      [3, "string comes from here"],
    ]);
  });
});
