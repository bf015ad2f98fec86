// The x86-64 backend's register cache (plugins/jit-x86-64/regcache.ts): which
// registers hold which boxes as a trace's code is emitted — given out by next
// use (the box read farthest ahead is evicted first), never to a box no later
// op reads, and dropped by a call (caller-saved registers, and every ref).
import { describe, expect, test } from "vitest";
import { GPR_CACHE, RegisterCache, XMM_CACHE } from "../../plugins/jit-x86-64/regcache.ts";
import { R10 } from "../../plugins/jit-x86-64/encoder.ts";
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
    // six ints, more than the five general registers: the last one is read first
    const { t, boxes } = traceReading([KIND_I, KIND_I, KIND_I, KIND_I, KIND_I, KIND_I], [[], [], [], [], [], [], [5], [0, 1, 2, 3, 4]]);
    const c = new RegisterCache(t, true);
    const regs: number[] = [];
    for (let i = 0; i < 5; i++) {
      regs.push(c.remember(boxes[i], i));
      expect(c.evicted).toBe(null);
      c.markDirty(boxes[i]);
    }
    expect(new Set(regs).size).toBe(5);
    const dirty: number[] = [];
    const which: Box[] = [];
    c.dirty(false, dirty, which);
    expect(dirty.length).toBe(5);
    // each is reported dirty in the register it was given
    for (let i = 0; i < 5; i++) expect(dirty[which.indexOf(boxes[i])]).toBe(regs[i]);
    // the sixth takes a register from a dirty box: that one is named
    c.remember(boxes[5], 5);
    expect(c.evicted).not.toBe(null);
    expect(boxes.slice(0, 5)).toContain(c.evicted);
    // the call flushes the caller-saved one (R10): the callee-saved ones stay dirty
    const clobbered: number[] = [];
    c.dirty(true, clobbered, []);
    c.cleaned(true);
    const left: number[] = [];
    c.dirty(false, left, []);
    expect(clobbered.every((r) => r === R10)).toBe(true);
    expect(left).not.toContain(R10);
  });
});
