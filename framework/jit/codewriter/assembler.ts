// Linear instructions with registers -> a JitCode (RPython's assembler.py):
// opcodes by insns.ts, constants into per-kind pools placed after the
// registers, labels resolved to code offsets, descrs numbered in one table
// for the whole program, and the registers live at each `live` recorded.
import { Constant, Variable, formatLoc } from "../../flow/model.ts";
import { OptSentinel, type LLType } from "../../rtyper/lltypes.ts";
import { INSN_FORMS } from "../insns.ts";
import { JitCode, type Descr, type Kind, type Liveness } from "./jitcode.ts";
import { liveBefore, type Allocation } from "./regalloc.ts";
import { COPY_OF, DescrRef, kindOfValue, Label, RegList, uses, type Insn } from "./ssarepr.ts";

const OPCODES = new Map(INSN_FORMS.map((f, i) => [f.slice(0, f.indexOf("/")), i] as const));
const ARGCODES = INSN_FORMS.map((f) => f.slice(f.indexOf("/") + 1));

export class Assembler {
  /** Every descr of the program, at its number. */
  readonly descrs: Descr[] = [];
  private readonly descrIndex = new Map<Descr, number>();

  descrNumber(d: Descr): number {
    let n = this.descrIndex.get(d);
    if (n === undefined) {
      n = this.descrs.length;
      this.descrs.push(d);
      this.descrIndex.set(d, n);
    }
    return n;
  }

  assemble(jc: JitCode, code: Insn[], alloc: Allocation): void {
    Object.assign(jc.numRegs, alloc.numRegs);
    const copies = new Set(Object.values(COPY_OF));
    const reg = (v: Variable): number => {
      const c = alloc.color.get(v);
      if (c === undefined) throw new Error(`internal: ${v} has no register`);
      return c;
    };
    // copies that allocation made trivial vanish
    code = code.filter((i) => !(copies.has(i.name) && i.args[0] instanceof Variable && reg(i.args[0]) === reg(i.result!)));
    const pools = { i: new Map<unknown, number>(), r: new Map<unknown, number>(), f: new Map<unknown, number>() };
    const constant = (c: Constant, k: Kind): number => {
      const t = c.concretetype as LLType | undefined;
      // (an optional number's or boolean's null or undefined is its sentinel word, not 0: OptSentinel)
      const opt = k !== "r" && (c.value === null || c.value === undefined) && t !== undefined && (t.k === "OptSigned" || t.k === "OptBool" || t.k === "OptFloat");
      if (opt) {
        const key = `${t.k}:${String(c.value)}`;
        let n = pools[k].get(key);
        if (n === undefined) {
          n = jc.consts[k].length;
          jc.consts[k].push(new OptSentinel(t.k as "OptSigned", c.value as null));
          pools[k].set(key, n);
        }
        return jc.numRegs[k] + n;
      }
      const value = k === "i" && typeof c.value === "boolean" ? Number(c.value) : c.value;
      // (a Map takes -0.0 for 0.0: the pool keys it apart)
      const key = Object.is(value, -0) ? "-0" : value;
      let n = pools[k].get(key);
      if (n === undefined) {
        n = jc.consts[k].length;
        jc.consts[k].push(k === "r" ? c : value);
        pools[k].set(key, n);
      }
      return jc.numRegs[k] + n;
    };
    const operand = (v: Variable | Constant, k: Kind, what: string): number => {
      const vk = kindOfValue(v);
      if (vk !== k) throw new Error(`internal: ${what} wants a ${k} register, got ${String(v)} (${vk})`);
      return v instanceof Variable ? reg(v) : constant(v, k);
    };
    // liveness by register (after the copies above vanished, a variable's register is what is live)
    const key = (v: Variable): string => `${kindOfValue(v)}${reg(v)}`;
    const liveAt = liveBefore(code, (i) => [...uses(i)].filter((v) => kindOfValue(v) !== null).map(key), (i) => (i.result && kindOfValue(i.result) !== null ? key(i.result) : null));
    const liveIndex = new Map<string, number>();
    const words: number[] = [];
    const labels = new Map<string, number>();
    const fixups: { at: number; label: string }[] = [];
    for (let n = 0; n < code.length; n++) {
      const i = code[n];
      if (i.name === "-label-") {
        labels.set((i.args[0] as Label).name, words.length);
        continue;
      }
      const op = OPCODES.get(i.name);
      if (op === undefined) throw new Error(`internal: no jitcode instruction ${i.name}`);
      if (i.loc) jc.positions.set(words.length, formatLoc(i.loc));
      words.push(op);
      const argcodes = ARGCODES[op];
      let a = 0;
      for (let c = 0; c < argcodes.length; c++) {
        const code_ = argcodes[c];
        const what = `${i.name} operand ${a}`;
        if (code_ === ">") {
          words.push(operand(i.result!, argcodes[++c] as Kind, `${i.name} result`));
          continue;
        }
        if (i.name === "live") {
          words.push(this.liveness(jc, liveAt[n], liveIndex));
          continue;
        }
        const x = i.args[a++];
        switch (code_) {
          case "i":
          case "r":
          case "f":
            words.push(operand(x as Variable | Constant, code_, what));
            break;
          case "I":
          case "R":
          case "F": {
            const l = x as RegList;
            words.push(l.items.length);
            for (const v of l.items) words.push(operand(v as Variable | Constant, code_.toLowerCase() as Kind, what));
            break;
          }
          case "L":
            fixups.push({ at: words.length, label: (x as Label).name });
            words.push(-1);
            break;
          case "d":
            words.push(this.descrNumber((x as DescrRef).descr));
            break;
          case "n":
            words.push(x as number);
            break;
          default:
            throw new Error(`internal: argcode ${code_}`);
        }
      }
      if (a !== i.args.length && i.name !== "live") throw new Error(`internal: ${i.name} has ${i.args.length} operands, its form ${a}`);
    }
    for (const f of fixups) words[f.at] = labels.get(f.label)!;
    for (const i of code) {
      if (i.name !== "switch") continue;
      const d = (i.args[1] as DescrRef).descr;
      if (d.kind === "switch") for (const [value, label] of d.labels) d.cases.set(value, labels.get(label)!);
    }
    jc.code = Int32Array.from(words);
  }

  /** The liveness entry of a resume point (entries are shared within a jitcode). */
  private liveness(jc: JitCode, live: Set<string>, index: Map<string, number>): number {
    const e: Liveness = { i: [], r: [], f: [] };
    for (const r of live) e[r[0] as Kind].push(Number(r.slice(1)));
    for (const k of ["i", "r", "f"] as const) e[k].sort((a, b) => a - b);
    const key = `${e.i}|${e.r}|${e.f}`;
    let n = index.get(key);
    if (n === undefined) {
      n = jc.liveness.length;
      jc.liveness.push(e);
      index.set(key, n);
    }
    return n;
  }
}
