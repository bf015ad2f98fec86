// The rtyper in-process: low-level types chosen from annotations (ints stay
// machine words, numbers that may be undefined are OptSigned/OptFloat with
// sentinels, floats are doubles) and the narrowing a branch proves
// (annotator/narrowing.ts) turned into a plain value on its own block.
import { describe, expect, it } from "vitest";
import { programFile, rtypedGraphs } from "./rtyped.ts";
import { Frontend } from "../../framework/frontend/frontend.ts";
import { Annotator } from "../../framework/annotator/annotator.ts";
import { RTyper } from "../../framework/rtyper/rtyper.ts";
import { isGeneric } from "../../framework/annotator/signatures.ts";
import { ListDef, SomeList, s_float, s_int, s_str, type SomeValue } from "../../framework/annotator/model.ts";
import type { FunctionGraph } from "../../framework/flow/model.ts";
import type { LLType } from "../../framework/rtyper/lltypes.ts";

const SRC = `
function add1(x: number): number {
  return x + 1;
}
function half(x: number): number {
  return x / 2;
}
function orZero(x: number | undefined): number {
  if (x !== undefined) return x * 3;
  return 0;
}
function sumPopped(xs: number[]): number {
  let t = 0;
  let x: number | undefined;
  while ((x = xs.pop()) !== undefined) t += x;
  return t;
}
export function main(argv: string[]): number {
  console.log(add1(argv.length), half(argv.length + 0.5), orZero(undefined), orZero(4), sumPopped([1, 2]));
  return 0;
}
`;

const kinds = (g: FunctionGraph): string[] => g.startblock.inputargs.map((v) => (v.concretetype as LLType).k);
const ops = (g: FunctionGraph): string[] => [...g.operations()].map(([, op]) => op.opname);

describe("rtyper", () => {
  const graphs = rtypedGraphs(programFile(SRC));
  const g = (name: string): FunctionGraph => graphs.get(name)!;

  it("chooses machine ints, doubles and optional words from the annotations", () => {
    expect(kinds(g("add1"))).toEqual(["Signed"]);
    expect(kinds(g("half"))).toEqual(["Float"]);
    expect(kinds(g("orZero"))).toEqual(["OptSigned"]);
  });

  it("lowers int + to the JavaScript-number op, / to a float division", () => {
    expect(ops(g("add1"))).toContain("jsint_add");
    expect(ops(g("half"))).toContain("float_div");
  });

  it("narrows on the branch that rules undefined out, once, before the arithmetic", () => {
    const o = ops(g("orZero"));
    expect(o.filter((n) => n === "opt_narrow")).toHaveLength(1);
    expect(o).toContain("jsint_mul");
    // the worklist idiom: the popped value is a plain int inside the loop
    const loop = g("sumPopped").blocks().find((b) => b.operations.some((op) => op.opname === "jsint_add"))!;
    const add = loop.operations.find((op) => op.opname === "jsint_add")!;
    expect(add.args.map((a) => (a.concretetype as LLType).k)).toEqual(["Signed", "Signed"]);
  });
});

describe("mix-level helpers", () => {
  it("are rtyped with the program, one per low-level signature, and may not change the program's annotations", () => {
    const fe = new Frontend(programFile(SRC));
    const an = new Annotator(fe);
    an.annotateMain(fe.findMain()!);
    const rt = new RTyper(an);
    rt.specialize();
    // sumPopped's xs.pop() asked for the helper of int lists: rtyped, and found again by signature
    const pop = [...rt.functions.values()].find((f) => f.desc.name.startsWith("listPop"))!;
    expect(pop.argTypes.map((t) => t.k)).toEqual(["List"]);
    expect([...pop.graph.operations()].map(([, op]) => op.opname)).toContain("list_set_len");
    const ints = an.graphs.find((g) => g.name === "sumPopped")!.startblock.inputargs[0].annotation as SomeList;
    // once the rtyper is done, no helper can join
    expect(() => rt.helper("listPush", [ints, s_float as SomeValue])).toThrow(/after the rtyper finished/);
  });

  it("that share a private function get their own copy of it when their arguments would widen it", () => {
    const fe = new Frontend(programFile(SRC));
    const an = new Annotator(fe);
    an.annotateMain(fe.findMain()!);
    const annotate = (name: string, args: SomeValue[]): void => {
      const generic = fe.arrayHelper(name, "rts/rlib/strings");
      an.annotateHelper(isGeneric(generic) ? an.specialize(generic, args) : generic, args);
    };
    // strRepeat fills from 0 (a non-negative constant); padStart fills from either end: a wider range
    annotate("strRepeat", [s_str, s_int]);
    expect(an.graphs.filter((g) => g.name.startsWith("fillRepeat")).length).toBe(1);
    annotate("strPadStart", [s_str, s_int, s_str]);
    expect(an.graphs.filter((g) => g.name.startsWith("fillRepeat")).map((g) => g.name)).toEqual(["fillRepeat", "fillRepeat_h1"]);
  });

  it("called from another helper with a list of another family get a copy, never merging the families", () => {
    const fe = new Frontend(programFile(SRC));
    const an = new Annotator(fe);
    an.annotateMain(fe.findMain()!);
    const ints = an.graphs.find((g) => g.name === "sumPopped")!.startblock.inputargs[0].annotation as SomeList;
    const strs = new SomeList(new ListDef(), false);
    strs.def.item = s_str;
    const annotate = (name: string, args: SomeValue[]): void => {
      const generic = fe.arrayHelper(name, "rts/rlib/strings");
      an.annotateHelper(isGeneric(generic) ? an.specialize(generic, args) : generic, args);
    };
    annotate("joinStrings", [strs, s_str]);
    // listJoin writes the ints into a string list of its own and joins that: joinStrings again, for another family
    annotate("listJoin", [ints, s_str]);
    expect(an.graphs.filter((g) => g.name.startsWith("joinStrings")).length).toBe(2);
    expect(strs.def.find()).not.toBe(ints.def.find());
    expect(ints.def.item.kind).toBe("int");
  });

  it("may not flow back into the program's graphs", () => {
    const fe = new Frontend(programFile(SRC));
    const an = new Annotator(fe);
    an.annotateMain(fe.findMain()!);
    const rt = new RTyper(an);
    const ints = an.graphs.find((g) => g.name === "sumPopped")!.startblock.inputargs[0].annotation as SomeList;
    // pushing floats into that int list would widen it under graphs the rtyper has (or will have) lowered
    expect(() => rt.helper("listPush", [ints, s_float as SomeValue])).toThrow(/would change the annotations of sumPopped/);
  });
});

describe("C names", () => {
  it("stay unique when a suffixed name is also a base name (f_lookup twice, then a copy named lookup_1)", () => {
    const fe = new Frontend(programFile(SRC));
    const an = new Annotator(fe);
    const rt = new RTyper(an);
    const names = ["f_lookup", "f_lookup", "f_lookup_1", "f_lookup_1", "f_lookup"].map((n) => rt.uniqueName(n));
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 2)).toEqual(["f_lookup", "f_lookup_1"]);
  });
});
