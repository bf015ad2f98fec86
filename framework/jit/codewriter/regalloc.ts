// Registers for the variables of a flattened graph (RPython's regalloc.py,
// on the linear code): liveness by backward data flow over the
// instructions, an interference graph per kind (a value defined interferes
// with every other value live after its definition; a copy's source does
// not, so the copy can vanish), and greedy colouring that prefers a copy
// partner's colour.  The function's parameters are precoloured 0, 1, 2...
// per kind: that is where a caller (or the blackhole) puts the arguments.
import { Variable } from "../../flow/model.ts";
import type { Kind } from "./jitcode.ts";
import { COPY_OF, jumpTargets, kindOfValue, Label, NO_FALLTHROUGH, uses, type Insn } from "./ssarepr.ts";

/** For each instruction, the variables live before it. */
export function liveBefore<T>(code: Insn[], usesOf: (i: Insn) => Iterable<T>, defOf: (i: Insn) => T | null): Set<T>[] {
  const labelAt = labelPositions(code);
  const succ = code.map((i, n) => {
    const s = jumpTargets(i).map((l) => labelAt.get(l)!);
    if (!NO_FALLTHROUGH.has(i.name) && n + 1 < code.length) s.push(n + 1);
    return s;
  });
  const live: Set<T>[] = code.map(() => new Set<T>());
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = code.length - 1; n >= 0; n--) {
      const s = new Set<T>();
      for (const m of succ[n]) for (const v of live[m]) s.add(v);
      const d = defOf(code[n]);
      if (d !== null) s.delete(d);
      for (const u of usesOf(code[n])) s.add(u);
      if (s.size !== live[n].size) {
        live[n] = s;
        changed = true;
      }
    }
  }
  return live;
}

/** The live set after instruction n: what its successors need. */
function liveAfter(code: Insn[], before: Set<Variable>[], labelAt: Map<string, number>, n: number): Set<Variable> {
  const i = code[n];
  const s = new Set<Variable>();
  if (!NO_FALLTHROUGH.has(i.name) && n + 1 < code.length) for (const v of before[n + 1]) s.add(v);
  for (const l of jumpTargets(i)) for (const v of before[labelAt.get(l)!]) s.add(v);
  return s;
}

export function labelPositions(code: Insn[]): Map<string, number> {
  const at = new Map<string, number>();
  code.forEach((i, n) => {
    if (i.name === "-label-") at.set((i.args[0] as Label).name, n);
  });
  return at;
}

export interface Allocation {
  color: Map<Variable, number>;
  numRegs: Record<Kind, number>;
}

export function allocateRegisters(code: Insn[], params: Variable[]): Allocation {
  const before = liveBefore(code, uses, (i) => i.result);
  const labelAt = labelPositions(code);
  const interfere = new Map<Variable, Set<Variable>>();
  const edge = (a: Variable, b: Variable): void => {
    if (a === b || kindOfValue(a) !== kindOfValue(b)) return;
    (interfere.get(a) ?? interfere.set(a, new Set()).get(a)!).add(b);
    (interfere.get(b) ?? interfere.set(b, new Set()).get(b)!).add(a);
  };
  // copy partners: target -> source, and source -> targets
  const partner = new Map<Variable, Variable>();
  const targets = new Map<Variable, Variable[]>();
  const order: Variable[] = [];
  const seen = new Set<Variable>();
  const note = (v: Variable): void => {
    if (!seen.has(v) && kindOfValue(v) !== null) {
      seen.add(v);
      order.push(v);
    }
  };
  // the parameters are all defined at entry
  const atEntry = new Set([...params, ...(code.length > 0 ? before[0] : [])]);
  for (const a of atEntry) for (const b of atEntry) edge(a, b);
  const copies = new Set(Object.values(COPY_OF));
  code.forEach((i, n) => {
    for (const u of uses(i)) note(u);
    const d = i.result;
    if (d === null || kindOfValue(d) === null) return;
    note(d);
    const src = copies.has(i.name) && i.args[0] instanceof Variable ? i.args[0] : null;
    if (src) {
      partner.set(d, src);
      (targets.get(src) ?? targets.set(src, []).get(src)!).push(d);
    }
    for (const v of liveAfter(code, before, labelAt, n)) if (v !== src) edge(d, v);
  });
  const color = new Map<Variable, number>();
  const numRegs: Record<Kind, number> = { i: 0, r: 0, f: 0 };
  const counters: Record<Kind, number> = { i: 0, r: 0, f: 0 };
  for (const p of params) {
    const k = kindOfValue(p);
    if (k) color.set(p, counters[k]++);
  }
  for (const v of order) {
    if (color.has(v)) continue;
    const taken = new Set<number>();
    for (const w of interfere.get(v) ?? []) {
      const c = color.get(w);
      if (c !== undefined) taken.add(c);
    }
    // a copy partner's colour first (either direction), then the lowest free one
    const p = partner.get(v);
    const back = (targets.get(v) ?? []).find((d) => color.has(d));
    let c = p && color.has(p) && !taken.has(color.get(p)!) ? color.get(p)! : back && !taken.has(color.get(back)!) ? color.get(back)! : -1;
    if (c < 0) for (c = 0; taken.has(c); c++);
    color.set(v, c);
  }
  for (const [v, c] of color) {
    const k = kindOfValue(v)!;
    numRegs[k] = Math.max(numRegs[k], c + 1);
  }
  for (const k of ["i", "r", "f"] as const) numRegs[k] = Math.max(numRegs[k], counters[k]);
  return { color, numRegs };
}
