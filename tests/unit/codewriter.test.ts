// The codewriter (framework/jit/codewriter): jitcodes of small interpreters,
// checked as text decoded from the words the runtime reads (RPython's
// test_flatten/test_regalloc style).  The programs are translated in one
// Node process of their own (codewriter-check.ts): the Load stage needs
// Node's module hooks, which vitest's module runner does not use.
import { beforeAll, describe, expect, test } from "vitest";
import { INSN_FORMS } from "../../framework/jit/insns.ts";
import * as insns from "../../framework/jit/insns.ts";
import { ARITH_KINDS, arithOfInsn } from "../../framework/jit/runtime/executor.ts";
import { OPNAMES } from "../../framework/jit/runtime/resoperation.ts";
import { programFile } from "./rtyped.ts";
import { runAsync } from "../harness.ts";

interface Result {
  portals: string[];
  jitcodes: Record<string, string>;
  error?: string;
}

const COUNTER = `
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc", "i"] });
function step(acc: number, k: number): number { return acc + k * 2; }
function slow(n: number): number {
  let s = 0;
  for (let j = 0; j < n; j++) {
    s += j * j - (j % 3) + (j % 5) * 7;
    if (s > 100000) s = s % 1000 + (j % 11) - (j % 13) * 2 + (j % 17) * 3;
  }
  return s;
}
export function main(argv: string[]): number {
  let pc = 0;
  let acc = 0;
  let i = 0;
  while (i < 1000) {
    driver.jitMergePoint({ pc, acc, i });
    if (pc === 0) { acc = step(acc, i); pc = 1; }
    else { acc = acc - slow(3); pc = 0; driver.canEnterJit({ pc, acc, i }); }
    i++;
  }
  console.log(acc);
  return 0;
}`;

const PICK = `
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: [], reds: ["n", "r"] });
function pick(a: number, b: number, c: boolean): number {
  if (c) return a - b;
  return b * 3;
}
const picker = [pick];
export function main(argv: string[]): number {
  let n = argv.length + 5;
  let r = 0;
  while (n > 0) {
    driver.jitMergePoint({ n, r });
    r = r + picker[0](n, r, n > 2) + pick(r, n, n < 2);
    n--;
  }
  console.log(r);
  return 0;
}`;

const EXCEPTIONS = `
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: [], reds: ["i", "caught"] });
class Boom extends Error {}
function mayThrow(i: number): number {
  if (i % 7 === 3) throw new Boom("boom " + i);
  return i;
}
function passOn(i: number): number { return mayThrow(i) + 1; }
export function main(argv: string[]): number {
  let i = 0;
  let caught = 0;
  while (i < 100) {
    driver.jitMergePoint({ i, caught });
    try { passOn(i); } catch (e) { if (e instanceof Boom) caught++; }
    i++;
  }
  console.log(caught);
  return 0;
}`;

const SWITCH = `
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc"] });
const CODE = new Int32Array([0, 1, 2, 1, 3, 4, 5]);
export function main(argv: string[]): number {
  let pc = 0;
  let acc = argv.length;
  while (pc < 7) {
    driver.jitMergePoint({ pc, acc });
    const op = CODE[pc];
    pc++;
    switch (op) {
      case 0: acc += 1; break;
      case 1: acc *= 2; break;
      case 2: acc -= 3; break;
      case 3: acc += 5; break;
      case 4: acc -= 7; break;
      default: acc = 0;
    }
  }
  console.log(acc);
  return 0;
}`;

const IFF = `
import { JitDriver, isConstant, lookInsideIff } from "rts/jit";
const driver = new JitDriver({ greens: ["k"], reds: ["i", "acc"] });
class Boom extends Error {}
function power(x: number, n: number): number {
  let r = 1;
  for (let j = 0; j < n; j++) r *= x;
  if (r > 1e9) throw new Boom("too big");
  return r;
}
function constantN(_x: number, n: number): boolean { return isConstant(n); }
lookInsideIff(power, constantN);
export function main(argv: string[]): number {
  let i = 0;
  let acc = 0;
  const k = argv.length + 2;
  while (i < 100) {
    driver.jitMergePoint({ k, i, acc });
    try { acc += power(i, k); } catch (e) { acc = 0; }
    i++;
  }
  console.log(acc);
  return 0;
}`;

// a recursive interpreter whose prologue (before the merge point) has a loop
const RECURSE = `
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["frame"] });
class Frame { readonly slots: number[] = []; }
function run(args: number[]): number {
  const frame = new Frame();
  for (let i = 0; i < args.length; i++) frame.slots.push(args[i]);
  let pc = 0;
  for (;;) {
    driver.jitMergePoint({ pc, frame });
    if (pc > 3) return frame.slots[0];
    if (frame.slots[0] > 1) frame.slots[0] = run([frame.slots[0] - 1]) + 1;
    pc++;
  }
}
export function main(argv: string[]): number {
  console.log(run([argv.length + 4]));
  return 0;
}`;

const PROGRAMS: Record<string, string> = { COUNTER, PICK, EXCEPTIONS, SWITCH, IFF, RECURSE };
const EXAMPLES = { bf: "examples/bf/bf.ts", lox: "languages/lox/main.ts" };
const results: Record<string, Result> = {};

beforeAll(async () => {
  // the small programs at -O0: the jitcodes show each function as written (no inlining);
  // SWITCH at -O2, where if-chains on one int become a switch
  const files = Object.fromEntries(Object.entries(PROGRAMS).map(([k, src]) => [k, `${programFile(src)}@${k === "SWITCH" ? 2 : 0}`]));
  const all = { ...files, ...EXAMPLES };
  const r = await runAsync(process.execPath, ["--import", "./framework/cli/register.mjs", "tests/unit/codewriter-check.ts", ...Object.values(all)]);
  if (r.status !== 0) throw new Error(r.stderr);
  const byFile = JSON.parse(r.stdout) as Record<string, Result>;
  for (const [k, f] of Object.entries(all)) results[k] = byFile[f.replace(/@\d$/, "")];
});

function program(name: string): Result {
  const res = results[name];
  if (res.error) throw new Error(res.error);
  return res;
}

function text(name: string, jitcode: string): string {
  const t = program(name).jitcodes[jitcode];
  if (t === undefined) throw new Error(`no jitcode ${jitcode}: ${Object.keys(program(name).jitcodes).join(", ")}`);
  return t;
}

describe("instruction set", () => {
  test("every opcode constant names its form", () => {
    const constants = Object.entries(insns).filter(([, v]) => typeof v === "number") as [string, number][];
    for (const [name, value] of constants) expect(INSN_FORMS[value].slice(0, INSN_FORMS[value].indexOf("/")), name).toBe(name.toLowerCase());
    expect(constants.length).toBe(INSN_FORMS.length);
  });

  test("arithmetic instructions and trace operations line up (executor.ts maps one to the other)", () => {
    for (let op = 0; op < INSN_FORMS.length; op++) {
      const opnum = arithOfInsn(op);
      if (opnum === 0) continue;
      expect(OPNAMES[opnum]).toBe(INSN_FORMS[op].slice(0, INSN_FORMS[op].indexOf("/")));
      // the form's registers agree with the operand kinds the executor assumes
      const form = INSN_FORMS[op].slice(INSN_FORMS[op].indexOf("/") + 1).replace(">", "");
      expect(form).toBe(ARITH_KINDS[opnum]);
    }
    expect(OPNAMES.filter((_, n) => ARITH_KINDS[n]).length).toBe(29);
  });
});

describe("codewriter", () => {
  test("a portal: merge point with greens and reds per kind, loop header, inlined and residual calls", () => {
    expect(program("COUNTER").portals).toEqual(["main"]);
    const t = text("COUNTER", "main");
    // greens: pc; reds: acc (a float: slow() may leave the int range) and i
    expect(t).toMatch(/live [^\n]*\n\s+jit_merge_point 0, I\[%i\d\], R\[\], F\[\], I\[%i\d\], R\[\], F\[%f\d\]/);
    expect(t).toMatch(/live [^\n]*\n\s+loop_header 0/);
    // slow() has a loop: called, not looked into
    expect(t).toMatch(/residual_call_f <call slow>, I\[\$3\], R\[\], F\[\] -> %f\d/);
    expect(Object.keys(program("COUNTER").jitcodes)).not.toContain("slow");
  });

  test("the portal is split at its merge point: its jitcode starts there, the greens and reds are its parameters", () => {
    // (what comes before the loop stays in the function, which calls the portal: RPython's warmspot splits it so too)
    expect(text("COUNTER", "main")).toMatch(/^L0:\n {2}live %i0 %i1 %f0\n {2}jit_merge_point 0, I\[%i0\], R\[\], F\[\], I\[%i1\], R\[\], F\[%f0\]/);
    expect(text("IFF", "main")).toMatch(/^L0:\n {2}live [^\n]*\n {2}jit_merge_point 0, I\[%i0\], R\[\], F\[\], I\[%i1, %i2\], R\[\], F\[\]/);
  });

  test("a recursive interpreter: its prologue is looked inside despite its loop, and calls the portal function with the greens and reds", () => {
    // the portal (first) calls the prologue inline; the prologue copies the arguments in a loop, then calls the portal
    // function residually: a traced call reaches it with the greens and reds (call_assembler)
    expect(program("RECURSE").portals).toEqual(["run"]);
    expect(text("RECURSE", "run#first")).toMatch(/inline_call_i <jitcode run>, I\[\], R\[%r\d+\], F\[\] -> %i\d+/);
    const prologue = text("RECURSE", "run");
    expect(prologue).toMatch(/int_copy \$0 -> (%i\d+)\n {2}residual_call_i <call run[^>]*>, I\[\1\], R\[%r1\], F\[\] -> %i\d+/);
    // (the loop copying the arguments: a jump back)
    const back = [...prologue.matchAll(/goto L(\d+)/g)].some((m) => prologue.indexOf(`L${m[1]}:`) < prologue.indexOf(m[0]));
    expect(back).toBe(true);
  });

  test("exact jitcode of a small function: parameters in registers 0.., constants, a branch, returns", () => {
    expect(text("PICK", "pick")).toBe(
      [
        "  live %i0 %i1 %i2",
        "  goto_if_not %i2, L15",
        // at -O0 the JavaScript-number checks are still there (intranges.ts removes them at -O1)
        "  op_i <op jsint_sub>, I[%i0, %i1], R[], F[] -> %i0",
        "  int_return %i0",
        "L15:",
        "  op_i <op jsint_mul>, I[%i1, $3], R[], F[] -> %i0",
        "  int_return %i0",
      ].join("\n"),
    );
  });

  test("exceptions: catch_exception and last_exc_value where caught, nothing where they propagate", () => {
    const t = text("EXCEPTIONS", "main");
    expect(t).toMatch(/catch_exception L\d+/);
    expect(t).toMatch(/last_exc_value -> %r\d/);
    const thrower = program("EXCEPTIONS").jitcodes["mayThrow"] ?? t;
    expect(thrower).toMatch(/raise %r\d/);
  });

  test("lookInsideIff: the predicate inlined, then the function's jitcode where it holds, a call where not; either's exception caught", () => {
    const t = text("IFF", "main");
    const m = /inline_call_i <jitcode constantN>, (I\[[^\]]*\]), R\[\], F\[\] -> (%i\d+)\n\s+live [^\n]*\n\s+live [^\n]*\n\s+goto_if_not \2, (L\d+)\n\s+inline_call_i <jitcode power>, \1, R\[\], F\[\] -> (%i\d+)\n\s+live [^\n]*\n\s+catch_exception (L\d+)\n\s+goto (L\d+)\n\3:\n\s+residual_call_i <call power raises>, \1, R\[\], F\[\] -> \4\n\s+live [^\n]*\n\s+catch_exception \5\n\6:/.exec(t);
    expect(m, t).not.toBeNull();
    // power has a loop: it has a jitcode all the same (RPython's look_inside_iff makes the function unroll-safe)
    expect(text("IFF", "power")).toMatch(/raise %r\d/);
    expect(text("IFF", "constantN")).toMatch(/int_isconstant %i1 -> %i\d/);
  });

  test("a switch on an int becomes one switch instruction with its table", () => {
    expect(text("SWITCH", "main")).toMatch(/live [^\n]*\n\s+switch %i\d, <switch 0:L\d+ 1:L\d+ 2:L\d+ 3:L\d+ 4:L\d+>/);
  });

  test("the BF interpreter and the Lox VM: one portal each, every jitcode decodes", () => {
    expect(program("bf").portals).toEqual(["execute"]);
    expect(program("lox").portals).toEqual(["VM.run"]);
    expect(text("bf", "execute")).toMatch(/jit_merge_point 0, I\[%i\d\], R\[%r\d\], F\[\], I\[%i\d\], R\[%r\d\], F\[\]/); // greens pc, program; reds ptr, tape
    expect(Object.keys(program("lox").jitcodes).length).toBeGreaterThan(5);
  });
});
