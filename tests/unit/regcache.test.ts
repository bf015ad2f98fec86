// The x86-64 backend's register cache (plugins/jit-x86-64/regcache.ts): which
// registers hold which boxes as a trace's code is emitted — given out by next
// use (the box read farthest ahead is evicted first), never to a box no later
// op reads, and dropped by a call (caller-saved registers, and every ref).
import { describe, expect, test } from "vitest";
import { GPR_CACHE, RegisterCache, XMM_CACHE } from "../../plugins/jit-x86-64/regcache.ts";
import { R10, R13, R14, R15, R8, RBP } from "../../plugins/jit-x86-64/encoder.ts";

/** SysV's callee-saved registers among the cache's. */
const CALLEE_SAVED = [R13, R14, R15, RBP];
import { Box, CompiledTrace, INT_ADD, JUMP, KIND_F, KIND_I, KIND_R, ResOp, constInt } from "../../framework/jit/runtime/resoperation.ts";
import { numberBoxes } from "../../framework/jit/runtime/tracerunner.ts";

/** A trace whose op k reads the boxes reads[k] (results are made as needed: box n is op n's result). */
function traceReading(kinds: number[], reads: number[][]): { t: CompiledTrace; boxes: Box[] } {
  const boxes = kinds.map((k) => new Box(k));
  const ops: ResOp[] = [];
  for (let k = 0; k < reads.length; k++) {
    const r = k < boxes.length ? boxes[k] : null;
    const op = new ResOp(k < boxes.length ? INT_ADD : JUMP, reads[k].map((i) => boxes[i]), -1, r);
    ops.push(op);
  }
  const t = new CompiledTrace([], ops, "test");
  numberBoxes(t);
  return { t, boxes };
}

describe("register cache", () => {
  test("a result no later op reads gets no register; one that is read does, until it is evicted for a nearer use", () => {
    const n = GPR_CACHE.length;
    // ops 0..n made boxes 0..n; op n+1 reads box 0, op n+2 reads boxes 1..n; box n+1 is never read
    const kinds: number[] = [];
    for (let i = 0; i <= n + 1; i++) kinds.push(KIND_I);
    const reads: number[][] = [];
    for (let i = 0; i <= n + 1; i++) reads.push([]);
    reads.push([0]);
    const rest: number[] = [];
    for (let i = 1; i <= n; i++) rest.push(i);
    reads.push(rest);
    const { t, boxes } = traceReading(kinds, reads);
    const c = new RegisterCache(t, true);
    expect(c.remember(boxes[n + 1], n + 1)).toBe(-1);
    for (let i = 1; i <= n; i++) expect(c.remember(boxes[i], i)).toBeGreaterThanOrEqual(0);
    // every register holds a box read at op n+2; box 0 is read sooner (op n+1): one of them makes room
    const r0 = c.remember(boxes[0], n);
    expect(r0).toBeGreaterThanOrEqual(0);
    expect(c.find(boxes[0])).toBe(r0);
    let held = 0;
    for (let i = 1; i <= n; i++) if (c.find(boxes[i]) >= 0) held++;
    expect(held).toBe(n - 1);
  });

  test("a call drops the caller-saved register and every ref; ints in callee-saved registers stay", () => {
    const kinds = [KIND_I, KIND_R, KIND_F];
    const { t, boxes } = traceReading(kinds, [[], [], [], [0, 1, 2]]);
    const c = new RegisterCache(t, true);
    const ri = c.remember(boxes[0], 0);
    const rr = c.remember(boxes[1], 1);
    const rf = c.remember(boxes[2], 2);
    expect(GPR_CACHE).toContain(ri);
    expect(GPR_CACHE).toContain(rr);
    expect(XMM_CACHE).toContain(rf);
    expect(ri).not.toBe(R10);
    c.afterCall();
    expect(c.find(boxes[0])).toBe(ri);
    expect(c.find(boxes[1])).toBe(-1);
    expect(c.find(boxes[2])).toBe(-1);
  });

  test("a snapshot restores what the registers held (an op whose code is dropped); turned off, nothing is held", () => {
    const { t, boxes } = traceReading([KIND_I, KIND_I], [[], [], [0, 1]]);
    const c = new RegisterCache(t, true);
    c.remember(boxes[0], 0);
    const s = c.snapshot();
    const d = c.dirtySnapshot();
    c.remember(boxes[1], 1);
    c.markDirty(boxes[1]);
    c.restore(s, d);
    expect(c.find(boxes[0])).toBeGreaterThanOrEqual(0);
    expect(c.find(boxes[1])).toBe(-1);
    expect(c.find(constInt(3))).toBe(-1);
    const dirty: number[] = [];
    c.dirty(false, dirty, []);
    expect(dirty).toEqual([]);
    const off = new RegisterCache(t, false);
    expect(off.remember(boxes[0], 0)).toBe(-1);
  });

  test("a kept result is dirty until flushed; evicting a dirty box says which (its slot is written first); a call's flush covers the registers it clobbers", () => {
    // one int more than the general registers: the last one is read first
    const n = GPR_CACHE.length;
    const kinds: number[] = [];
    const reads: number[][] = [];
    for (let i = 0; i <= n; i++) {
      kinds.push(KIND_I);
      reads.push([]);
    }
    reads.push([n]);
    const all: number[] = [];
    for (let i = 0; i < n; i++) all.push(i);
    reads.push(all);
    const { t, boxes } = traceReading(kinds, reads);
    const c = new RegisterCache(t, true);
    const regs: number[] = [];
    for (let i = 0; i < n; i++) {
      regs.push(c.remember(boxes[i], i));
      expect(c.evicted).toBe(null);
      c.markDirty(boxes[i]);
    }
    expect(new Set(regs).size).toBe(n);
    const dirty: number[] = [];
    const which: Box[] = [];
    c.dirty(false, dirty, which);
    expect(dirty.length).toBe(n);
    // each is reported dirty in the register it was given
    for (let i = 0; i < n; i++) expect(dirty[which.indexOf(boxes[i])]).toBe(regs[i]);
    // the last takes a register from a dirty box: that one is named
    c.remember(boxes[n], n);
    expect(c.evicted).not.toBe(null);
    expect(boxes.slice(0, n)).toContain(c.evicted);
    // a call's flush covers the caller-saved ones: the callee-saved ones stay dirty
    const clobbered: number[] = [];
    c.dirty(true, clobbered, []);
    c.cleaned(true);
    const left: number[] = [];
    c.dirty(false, left, []);
    expect(clobbered.length).toBeGreaterThan(0);
    expect(clobbered.some((r) => CALLEE_SAVED.includes(r))).toBe(false);
    expect(left.every((r) => CALLEE_SAVED.includes(r))).toBe(true);
  });

  test("an op that uses a cache register itself takes it: its dirty box named, the box forgotten, the register not given out until the next op", () => {
    const n = GPR_CACHE.length;
    const kinds: number[] = [];
    const reads: number[][] = [];
    for (let i = 0; i < n + 2; i++) {
      kinds.push(KIND_I);
      reads.push([]);
    }
    const all: number[] = [];
    for (let i = 0; i < n + 2; i++) all.push(i);
    reads.push(all);
    const { t, boxes } = traceReading(kinds, reads);
    const c = new RegisterCache(t, true);
    for (let i = 0; i < n; i++) {
      c.remember(boxes[i], i);
      c.markDirty(boxes[i]);
    }
    const r8 = c.find(boxes.slice(0, n).find((b) => c.find(b) === R8)!);
    expect(r8).toBe(R8);
    const regs: number[] = [];
    const taken: Box[] = [];
    c.take(R8, regs, taken);
    expect(regs).toEqual([R8]);
    expect(taken.length).toBe(1);
    expect(c.find(taken[0])).toBe(-1);
    // a box kept in this op goes anywhere but r8 (every other register holds a box read as soon)
    const r = c.remember(boxes[n], n);
    expect(r).not.toBe(R8);
    // every caller-saved one at once (a call's arguments), then a new op: r8 is given out again
    const regs2: number[] = [];
    c.take(-1, regs2, []);
    expect(regs2.every((x) => !CALLEE_SAVED.includes(x))).toBe(true);
    c.nextOp();
    expect(c.remember(boxes[n + 1], n + 1)).toBeGreaterThanOrEqual(0);
  });
});
