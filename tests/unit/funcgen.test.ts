// The C backend's function generator in-process: each op's C comes from the
// op table (framework/ops/) or funcgen's own cases, a narrowing check sits on
// the branch after its test, a constant goes into a list without a write
// barrier, and the whole file is valid C (gcc -fsyntax-only);
// split into translation units (units.ts), the program links and runs as one.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generateC } from "../../plugins/backend-c/genc.ts";
import { rts, run } from "../harness.ts";
import { loweredProgram, programFile } from "./rtyped.ts";

const SRC = `
function add1(x: number): number {
  return x + 1;
}
function orZero(x: number | undefined): number {
  if (x !== undefined) return x * 3;
  return 0;
}
function less(a: string, b: string | undefined): boolean {
  return b !== undefined && a < b;
}
function label(s: string): string {
  return "[" + s + "]";
}
function checked(n: number): number {
  if (n > 100) throw new RangeError("too many: " + n);
  if (n > 50) throw new RangeError(label("many"));
  return n * 2;
}
function fill(xs: (string | null)[], s: string): number {
  xs[0] = "empty";
  xs[1] = null;
  xs[2] = s;
  return xs.length;
}
export function main(argv: string[]): number {
  fill([null, null, null], label(argv[0]));
  console.log(add1(argv.length), orZero(undefined), orZero(argv.length), less("a", argv[0]), checked(argv.length), label("x").length);
  return 0;
}
`;

const file = programFile(SRC);
const dir = path.dirname(file);

/** The C function `name` of the generated file. */
function cFunction(c: string, name: string): string {
  const start = c.search(new RegExp(`^static [^\\n;]* f_${name}\\([^\\n]*\\{$`, "m"));
  expect(start, name).toBeGreaterThanOrEqual(0);
  return c.slice(start, c.indexOf("\n}\n", start));
}

describe("funcgen", async () => {
  const program = await loweredProgram(file, 0);
  const units = generateC(program.rtyper, program.main);
  const c = units[0].text;

  it("prints table ops in their C forms", () => {
    expect(cFunction(c, "add1")).toMatch(/rts_op_jsint_add\(v\d+, INT64_C\(1\), loc_[0-9a-f]+\)/);
    // a < b on strings: rts/rlib/strings' strCompare, then int_lt (infix)
    expect(cFunction(c, "less")).toMatch(/(v\d+) = f_strCompare_[0-9a-f]+\(\(rts_str \*\)v\d+, \(rts_str \*\)v\d+\);\n\s+v\d+ = \(\1 < INT64_C\(0\)\);/);
  });

  it("stores a constant into a list without the write barrier's test", () => {
    // a prebuilt object (a string literal) and null are never young: only the store of a variable tests the barrier
    const f = cFunction(c, "fill");
    expect(f.match(/rts_op_list_set_ptr\(/g)).toHaveLength(1);
    expect(f).toMatch(/rts_op_list_set_ptr\(v\d+, INT64_C\(2\), [^;]*v\d+, loc_[0-9a-f]+\);/);
    expect(f.match(/rts_op_list_item\(v\d+, INT64_C\([01]\), loc_[0-9a-f]+\)->p = /g)).toHaveLength(2);
  });

  it("checks a narrowed value after its test, on the branch", () => {
    const f = cFunction(c, "orZero");
    const test = f.indexOf("RTS_INT_UNDEF)");
    const narrow = f.indexOf("rts_op_optint_narrow(");
    expect(test).toBeGreaterThan(0);
    expect(narrow).toBeGreaterThan(test);
    expect(f.slice(test, narrow)).toMatch(/goto block\d+;[\s\S]*block\d+:/); // in a block of its own
  });

  it("keeps functions called only on paths that raise out of line", () => {
    // the RangeError's message: String(n) is strFromInt, called only there
    expect(cFunction(c, "checked")).toMatch(/v\d+ = f_strFromInt_[0-9a-f]+\(/);
    expect(c).toMatch(/^RTS_NOINLINE static rts_str \* f_strFromInt_[0-9a-f]+\(/m);
    // label is also called outside raising paths: gcc may inline it
    expect(c).toMatch(/^static rts_str \* f_label\(/m);
  });

  it("is one translation unit, every function static", () => {
    expect(units).toHaveLength(1);
    expect(c).not.toMatch(/^(RTS_NOINLINE )?(int64_t|bool|double|rts_str \*) f_\w+\(/m);
    expect(c).not.toMatch(/^extern /m);
  });

  it("splits into units that declare what they use from the others, and link and run as one", () => {
    const split = generateC(program.rtyper, program.main, { unitBytes: 1 }); // a unit per function
    expect(split.length).toBeGreaterThan(5);
    const [first, ...rest] = split.map((u) => u.text);
    // label is called from checked's and main's units: external there, declared in the callers' units
    expect(split.find((u) => /^rts_str \* f_label\(.*\) \{$/m.test(u.text))).toBeDefined();
    expect(rest.filter((t) => /^rts_str \* f_label\([^)]*\);$/m.test(t)).length).toBeGreaterThanOrEqual(2);
    // the data are defined in the first unit; a string used elsewhere is declared there incomplete
    expect(first).toMatch(/^struct (str_[0-9a-f]+)_s \{ rts_hdr hdr;/m);
    expect(rest.some((t) => /^extern struct str_[0-9a-f]+_s str_[0-9a-f]+;$/m.test(t))).toBe(true);
    // translated by the CLI with a unit per function, and with one unit
    const exe = (name: string, env: Record<string, string>): string => {
      const out = path.join(dir, name);
      const r = rts(["translate", file, "-o", out, "--quiet", "--opt", "1", "--keep-c"], { env });
      expect(r.stderr).toBe("");
      return out;
    };
    const one = run(exe("one", {}), ["a", "b"]);
    const many = run(exe("split", { RTS_C_UNIT_BYTES: "1" }), ["a", "b"]);
    expect(fs.existsSync(path.join(dir, "split-5.c"))).toBe(true);
    expect(one.stdout).toBe("4 0 9 false 6 3\n"); // argv: the program, a, b
    expect(many.stdout).toBe(one.stdout);
  });

  it("is valid C", () => {
    const out = path.join(dir, "prog.c");
    fs.writeFileSync(out, c);
    const r = spawnSync("gcc", ["-fsyntax-only", "-std=gnu11", "-I", path.resolve("plugins/backend-c/runtime"), out], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

// Two programs translated with --jit: the JIT runtime's translation units are
// the same C (so the C compiler's cache compiles them once for every such
// program), although the second program has classes of the runtime's names,
// an Error subclass, closures and a Map of the runtime's type — everything
// that once numbered the runtime's names, type ids and copies differently.
const JIT_LOOP = `
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["i", "n", "acc"] });
function loop(n: number): number {
  const pc = 0;
  let i = 0;
  let acc = 0;
  while (i < n) {
    driver.jitMergePoint({ pc, i, n, acc });
    acc = acc + i * 3;
    i++;
    driver.canEnterJit({ pc, i, n, acc });
  }
  return acc;
}
`;
const JIT_PROGRAMS = [
  `${JIT_LOOP}
export function main(argv: string[]): number {
  console.log(loop(1000 + argv.length));
  return 0;
}
`,
  `${JIT_LOOP}
class Box { constructor(readonly v: number) {} }
class BlackholeFrame { n = 1; }
class Oops extends Error {}
const counts = new Map<string, number>();
export function main(argv: string[]): number {
  const bump = (k: string): void => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  bump("a");
  bump("a");
  try {
    if (argv.length > 0) throw new Oops("x");
  } catch (e) {
    if (e instanceof Oops) bump("oops");
  }
  console.log(loop(2000) + new Box(counts.get("a") ?? 0).v + new BlackholeFrame().n, counts.get("oops"));
  return 0;
}
`,
];

describe("the JIT runtime's C", () => {
  it("is the same translation units in every program translated with --jit", () => {
    const units = JIT_PROGRAMS.map((src, i) => {
      const file = programFile(src);
      const out = path.join(path.dirname(file), `jit${i}`);
      const r = rts(["translate", file, "-o", out, "--quiet", "--jit", "--opt", "1", "--keep-c"]);
      expect(r.stderr).toBe("");
      expect(run(out, []).stdout).toBe(i === 0 ? "1501500\n" : "5997003 1\n");
      const dir = path.dirname(out);
      return fs.readdirSync(dir).filter((f) => /^jit\d-\d+\.c$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    });
    const shared = units[0].filter((t) => units[1].includes(t));
    // the runtime's units: the metainterp, the blackhole, the x86-64 backend
    for (const fn of ["f_MetaInterp_run", "f_Blackhole_run", "f_X86NativeCode_attachBridge"]) expect(shared.some((t) => new RegExp(`^[^\\n;]*\\b${fn}\\(.*\\{$`, "m").test(t)), fn).toBe(true);
    // the program's own unit differs
    expect(units[0][0]).not.toBe(units[1][0]);
  });
});

// A generational GC's prebuilt objects start old and tracked (stores of young pointers into them are recorded): the
// flag is in the static objects, so that gcInit need not write to each — which copied every page of the Python
// interpreter's 10 MB of prebuilt data at each start (28 ms of `python -c pass`, with the PIE's relocations).
describe("prebuilt objects' headers", () => {
  const PREBUILT = `
class Node {
  constructor(public next: Node | null, public label: string) {}
}
const root = new Node(new Node(null, "leaf"), "root");
const nodes: Node[] = [root];
const byName = new Map<string, Node>([["root", root]]);
const counts: number[] = [1, 2, 3];
export function main(argv: string[]): number {
  root.next = new Node(null, argv[1] ?? "new");
  console.log(nodes.length, byName.size, counts.length, root.next.label);
  return 0;
}
`;
  const prebuiltFile = programFile(PREBUILT);
  // (translated by the CLI: the module-level objects are made by the Load stage, which runs outside vitest's loader)
  const headers = (gc: string): string => {
    const out = path.join(path.dirname(prebuiltFile), `prebuilt-${gc}`);
    const r = rts(["translate", prebuiltFile, "-o", out, "--quiet", "--keep-c", "--gc", gc, "--opt", "1"]);
    expect(r.stderr).toBe("");
    expect(run(out, ["x"]).stdout).toBe("1 1 3 x\n");
    return fs.readFileSync(`${out}.c`, "utf8");
  };

  it("carry the generational GC's flags where the object may hold pointers", () => {
    const c = headers("generational");
    // an instance, a list of pointers and its items, a map and its entries: tracked; the ints' items and strings: not
    const tracked = c.match(/\{\{[^{}]*, \(RTS_GCFLAG_PREBUILT \| 4u\)[^}]*\}/g) ?? [];
    expect(tracked.length).toBeGreaterThanOrEqual(7);
    expect(c).toMatch(/\{\{RTS_TID_ITEMS_RAW, RTS_GCFLAG_PREBUILT\}, 3,/);
    expect(c).toMatch(/\{\{RTS_TID_STR, RTS_GCFLAG_PREBUILT\}, 4,/);
  });

  it("carry none for a GC without them (the semispace GC)", () => {
    const c = headers("semispace");
    expect(c).not.toContain("RTS_GCFLAG_PREBUILT |");
  });
});
