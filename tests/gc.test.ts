// The GC plugins, run untranslated: their RTS source executes on Node
// against the simulated memory of framework/rlib/llsim.ts, with object
// graphs built by a test mutator (tests/gc/mutator.ts).  Faults are
// TypeScript exceptions naming the address; SimMemory.verify() names the
// path to a bad pointer.  The translated GCs run the differential corpus
// (corpus.test.ts) and the C runtime tests (runtime.test.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as ll from "../framework/rlib/ll.ts";
import { SimMemoryError } from "../framework/rlib/llsim.ts";
import { LEFT, Mutator, RIGHT, T_NODE, VALUE, freshMemory, type GcModule } from "./gc/mutator.ts";
import { run, QUICK } from "./harness.ts";

const GCS = ["generational", "semispace"];

let instances = 0;

/** A fresh instance of the GC module (its module-level state starts over; rts/ll stays the one the test installs memory in). */
async function loadGc(name: string): Promise<GcModule> {
  const url = `${new URL(`../plugins/gc-${name}/${name}.ts`, import.meta.url).href}?instance=${++instances}`;
  return (await import(/* @vite-ignore */ url)) as GcModule;
}

async function setup(name: string, env: Record<string, number> = {}, prebuilt = 0): Promise<Mutator> {
  const mem = freshMemory({ RTS_GC_HEAP: 65536, RTS_GC_NURSERY: 65536, ...env });
  // prebuilt objects exist before the program starts (the GC flags them at init)
  for (let i = 0; i < prebuilt; i++) mem.addPrebuilt(T_NODE);
  const gc = await loadGc(name);
  gc.gcInit();
  return new Mutator(mem, gc);
}

/** Values of the list starting at p, following LEFT. */
function listValues(p: number): number[] {
  const out: number[] = [];
  for (; p !== 0; p = ll.load(p, LEFT)) out.push(ll.load(p, VALUE));
  return out;
}

/** The numbers of the last full-collection log line: [before, live after, heap size, collections]. */
function lastCollect(m: Mutator): number[] {
  const lines = m.mem.logLines.filter((l) => l.startsWith("gc collect ") || l.startsWith("gc major "));
  return lines[lines.length - 1].split(" ").slice(3).map(Number);
}

/** The bytes n live 40-byte nodes take after a full collection (generational: 48-byte cells). */
function nodeBytes(name: string, n: number): number {
  return n * (name === "generational" ? 48 : 40);
}

describe.each(GCS)("gc-%s on the simulated memory", (name) => {
  it("keeps a list reachable from the shadow stack and drops the garbage around it", async () => {
    const m = await setup(name);
    const head = m.root(0);
    for (let i = 0; i < 3000; i++) {
      m.blob(50 + (i % 7)); // garbage
      const n = m.node(i);
      m.setPtr(n, LEFT, m.at(head));
      m.mem.setStackRoot(head, n);
    }
    m.gc.gcCollect();
    const values = listValues(m.at(head));
    expect(values.length).toBe(3000);
    expect(values[0]).toBe(2999);
    expect(values[2999]).toBe(0);
    expect(m.mem.verify()).toBe(3000);
    expect(lastCollect(m)[1]).toBe(nodeBytes(name, 3000)); // exactly the live nodes are left
  });

  it("updates global roots and the fields of prebuilt objects, which never move", async () => {
    const m = await setup(name, {}, 1);
    const pre = m.mem.prebuilt(0);
    const arr = m.array(100);
    m.mem.addGlobalRoot(arr);
    for (let i = 0; i < 100; i++) {
      const n = m.node(i * 10);
      const a = ll.load(m.mem.globalRoot(0), 0);
      m.setItem(a, i, n);
    }
    const target = m.node(777);
    m.setPtr(pre, LEFT, target);
    for (let i = 0; i < 5000; i++) m.blob(64); // enough garbage for several collections
    m.gc.gcCollect();
    expect(ll.load(ll.load(pre, LEFT), VALUE)).toBe(777);
    const a = ll.load(m.mem.globalRoot(0), 0);
    for (let i = 0; i < 100; i++) expect(ll.load(m.item(a, i), VALUE)).toBe(i * 10);
    expect(m.mem.verify()).toBe(1 + 1 + 100 + 1);
  });

  it("keeps the identity numbers in the header flags when it moves objects (Map keys hash by them)", async () => {
    const m = await setup(name);
    const arr = m.root(m.array(200));
    for (let i = 0; i < 200; i++) {
      const n = m.node(i);
      // as rts_op_identity_hash gives one: the flags above IDENTITY_SHIFT
      ll.storeU32(n, ll.FLAGS_OFFSET, ll.loadU32(n, ll.FLAGS_OFFSET) | ((ll.FIRST_RUNTIME_IDENTITY + i) << ll.IDENTITY_SHIFT) >>> 0);
      m.setItem(m.at(arr), i, n);
    }
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3000; i++) m.blob(64); // minor and major collections move and promote the nodes
      m.gc.gcCollect();
    }
    for (let i = 0; i < 200; i++) {
      const n = m.item(m.at(arr), i);
      expect(ll.load(n, VALUE)).toBe(i);
      expect(ll.loadU32(n, ll.FLAGS_OFFSET) >>> ll.IDENTITY_SHIFT).toBe(ll.FIRST_RUNTIME_IDENTITY + i);
    }
  });

  it("collects at every allocation in torture mode, and the mutator still sees its tree", async () => {
    const m = await setup(name, { RTS_GC_TORTURE: 1 });
    // a complete binary tree of depth 8, built bottom-up with every subtree rooted
    const build = (depth: number, value: number): number => {
      if (depth === 0) return m.node(value);
      const l = m.root(build(depth - 1, value * 2));
      const r = m.root(build(depth - 1, value * 2 + 1));
      const n = m.node(value);
      m.setPtr(n, LEFT, m.at(l));
      m.setPtr(n, RIGHT, m.at(r));
      m.mem.popRoot();
      m.mem.popRoot();
      return n;
    };
    const root = m.root(build(8, 1));
    let sum = 0;
    const walk = (p: number): void => {
      if (p === 0) return;
      sum += ll.load(p, VALUE);
      walk(ll.load(p, LEFT));
      walk(ll.load(p, RIGHT));
    };
    walk(m.at(root));
    expect(sum).toBe((511 * 512) / 2);
    expect(m.mem.verify()).toBe(511);
    expect(m.mem.logLines.filter((l) => /^gc (collect|minor|major) /.test(l)).length).toBeGreaterThan(500);
  });

  it("names the path to a pointer that was not rooted across a collection", async () => {
    const m = await setup(name, { RTS_GC_TORTURE: 1 });
    const a = m.root(m.node(1));
    const stale = m.node(2); // not rooted: the next allocation collects it
    m.node(3);
    m.setPtr(m.at(a), LEFT, stale);
    expect(() => m.mem.verify()).toThrow(SimMemoryError);
    expect(() => m.mem.verify()).toThrow(/stack\[0\] → Node\.left points to 0x[0-9a-f]+, which has type id \d+/);
  });

  it("grows the heap for a large live set and for objects larger than a space", async () => {
    const m = await setup(name);
    const arr = m.root(m.array(20000));
    for (let i = 0; i < 20000; i++) {
      const n = m.node(i); // before reading the array's address: allocation moves it
      m.setItem(m.at(arr), i, n);
    }
    const big = m.root(m.blob(1 << 20));
    ll.storeU8(m.at(big), 16 + (1 << 20) - 1, 42);
    m.gc.gcCollect();
    expect(ll.loadU8(m.at(big), 16 + (1 << 20) - 1)).toBe(42);
    for (let i = 0; i < 20000; i += 997) expect(ll.load(m.item(m.at(arr), i), VALUE)).toBe(i);
    expect(lastCollect(m)[2]).toBeGreaterThan(2 * 65536);
    expect(m.mem.verify()).toBe(20002);
  });

  it("keeps exactly the reachable part of random graphs (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.nat({ max: 300 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 3 }),
        async (n, edges, rootPicks, garbage, torture) => {
          const m = await setup(name, { RTS_GC_TORTURE: torture });
          const model: [number, number][] = [];
          for (let i = 0; i < n; i++) {
            m.root(m.node(i));
            model.push([-1, -1]);
          }
          edges.forEach(([from, to, left], k) => {
            const f = from % n;
            const t = to % n;
            m.setPtr(m.at(f), left ? LEFT : RIGHT, m.at(t));
            model[f][left ? 0 : 1] = t;
            if (k < garbage.length) m.blob(garbage[k]);
          });
          // keep only the picked roots
          const roots = rootPicks.map((r) => m.at(r % n));
          while (m.mem.stackDepth() > 0) m.mem.popRoot();
          for (const r of roots) m.root(r);
          m.gc.gcCollect();
          const expected = new Set<number>();
          const mark = (i: number): void => {
            if (i < 0 || expected.has(i)) return;
            expected.add(i);
            mark(model[i][0]);
            mark(model[i][1]);
          };
          for (const r of rootPicks) mark(r % n);
          // the heap graph from the roots, read back by value
          const seen = new Map<number, number>();
          const walk = (p: number): void => {
            if (p === 0 || seen.has(p)) return;
            const v = ll.load(p, VALUE);
            seen.set(p, v);
            const l = ll.load(p, LEFT);
            const r = ll.load(p, RIGHT);
            expect(l === 0 ? -1 : ll.load(l, VALUE)).toBe(model[v][0]);
            expect(r === 0 ? -1 : ll.load(r, VALUE)).toBe(model[v][1]);
            walk(l);
            walk(r);
          };
          for (let i = 0; i < m.mem.stackDepth(); i++) walk(m.at(i));
          expect(new Set(seen.values())).toEqual(expected);
          expect(seen.size).toBe(expected.size); // no node copied twice
          expect(m.mem.verify()).toBe(expected.size);
          expect(lastCollect(m)[1]).toBe(nodeBytes(name, expected.size));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("gc-generational barriers on the simulated memory", () => {
  /** Allocates garbage until a few minor collections happened. */
  const churn = (m: Mutator): void => {
    const before = m.mem.logLines.length;
    while (m.mem.logLines.length < before + 3) m.blob(1000);
  };

  it("keeps young objects stored into old ones alive (the remembered set)", async () => {
    const m = await setup("generational");
    const old = m.root(m.node(1));
    churn(m); // promotes the rooted node
    for (let i = 0; i < 50; i++) {
      const young = m.node(100 + i);
      m.setPtr(m.at(old), i % 2 === 0 ? LEFT : RIGHT, young); // the only reference
      churn(m);
      expect(ll.load(ll.load(m.at(old), i % 2 === 0 ? LEFT : RIGHT), VALUE)).toBe(100 + i);
    }
    expect(m.mem.verify()).toBe(3);
  });

  it("runs a minor collection when asked (gcCollectYoung) with a quarter of the nursery in use: the rooted young objects move out of it, the rest is dropped", async () => {
    const m = await setup("generational");
    // (an almost empty nursery: nothing to gain, nothing done)
    const start = m.mem.logLines.length;
    m.gc.gcCollectYoung!();
    expect(m.mem.logLines.length).toBe(start);
    const head = m.root(0);
    for (let i = 0; i < 20; i++) {
      m.blob(900); // garbage: 19 KB of the 64 KB nursery in all
      const n = m.node(i);
      m.setPtr(n, LEFT, m.at(head));
      m.mem.setStackRoot(head, n);
    }
    const young = m.at(head);
    const before = m.mem.logLines.length;
    m.gc.gcCollectYoung!();
    const minor = m.mem.logLines.slice(before);
    expect(minor.length).toBe(1);
    expect(minor[0]).toMatch(/^gc minor /);
    // (promoted: exactly the 20 nodes, in 48-byte cells, not the blobs)
    expect(Number(minor[0].split(" ")[4])).toBe(nodeBytes("generational", 20));
    expect(m.at(head)).not.toBe(young);
    expect(listValues(m.at(head))).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i));
    expect(m.mem.verify()).toBe(20);
  });

  it("scans only the written cards of a large array", async () => {
    const m = await setup("generational");
    const arr = m.root(m.array(5000)); // 40 KB: allocated old, with 40 cards
    for (const i of [0, 127, 128, 2500, 4999]) {
      const n = m.node(i);
      m.setItem(m.at(arr), i, n);
    }
    churn(m);
    for (const i of [0, 127, 128, 2500, 4999]) expect(ll.load(m.item(m.at(arr), i), VALUE)).toBe(i);
    expect(m.item(m.at(arr), 1)).toBe(0);
    // a second round after the cards were cleaned
    const n = m.node(-7);
    m.setItem(m.at(arr), 3000, n);
    churn(m);
    expect(ll.load(m.item(m.at(arr), 3000), VALUE)).toBe(-7);
    expect(m.mem.verify()).toBe(1 + 6);
  });

  it("stops the barrier on a large array written between many minor collections, and scans it whole", async () => {
    const m = await setup("generational");
    const arr = m.root(m.array(4000)); // an interpreter's value stack, say
    const flagsOf = (p: number): number => ll.loadU32(p, ll.FLAGS_OFFSET);
    for (let round = 0; round < 8; round++) {
      for (let k = 0; k < 5; k++) m.setItem(m.at(arr), (round * 997 + k * 131) % 4000, m.node(round * 10 + k));
      churn(m);
    }
    expect(flagsOf(m.at(arr)) & m.gc.WRITE_BARRIER_FLAG).toBe(0); // sticky now: stores skip the barrier
    // young objects stored without any barrier survive: the array is scanned at each minor collection
    for (let i = 0; i < 4000; i += 7) m.setItem(m.at(arr), i, m.node(-i - 1));
    churn(m);
    for (let i = 0; i < 4000; i += 7) expect(ll.load(m.item(m.at(arr), i), VALUE)).toBe(-i - 1);
    expect(m.mem.verify()).toBeGreaterThan(571);
    // once unreachable, a full collection frees it and later minor collections forget it
    m.mem.popRoot();
    m.gc.gcCollect();
    churn(m);
    expect(m.mem.verify()).toBe(0);
  });

  it("keeps the barrier on a large array written with old objects only, and takes a sticky array back when it holds no young object", async () => {
    const m = await setup("generational");
    const flagsOf = (p: number): number => ll.loadU32(p, ll.FLAGS_OFFSET);
    // old targets: a pixel buffer of small ints, say (Python's raytrace canvas)
    const olds = m.root(m.array(8));
    for (let k = 0; k < 8; k++) m.setItem(m.at(olds), k, m.node(1000 + k));
    churn(m);
    const canvas = m.root(m.array(4000));
    for (let round = 0; round < 8; round++) {
      for (let k = 0; k < 5; k++) m.setItem(m.at(canvas), (round * 997 + k * 131) % 4000, m.item(m.at(olds), k));
      churn(m);
      // (written between every two minor collections, but never sticky: its dirty cards are scanned, not its 4000 items)
      expect(flagsOf(m.at(canvas)) & m.gc.WRITE_BARRIER_FLAG).not.toBe(0);
    }
    // a stack written with young objects becomes sticky, then holds only old ones: it gets its barrier back
    const stack = m.root(m.array(4000));
    for (let round = 0; round < 8; round++) {
      for (let k = 0; k < 5; k++) m.setItem(m.at(stack), k, m.node(round * 10 + k));
      churn(m);
    }
    expect(flagsOf(m.at(stack)) & m.gc.WRITE_BARRIER_FLAG).toBe(0);
    churn(m); // its young objects were promoted at the last one: three scans that find none
    expect(flagsOf(m.at(stack)) & m.gc.WRITE_BARRIER_FLAG).not.toBe(0);
    // and the barrier works again: a young object stored now survives
    m.setItem(m.at(stack), 3999, m.node(-5));
    churn(m);
    expect(ll.load(m.item(m.at(stack), 3999), VALUE)).toBe(-5);
    for (let k = 0; k < 5; k++) expect(ll.load(m.item(m.at(stack), k), VALUE)).toBe(70 + k);
    expect(ll.load(m.item(m.at(canvas), 131), VALUE)).toBe(1001);
  });
});

describe.skipIf(QUICK)("the translated GC graphs on the llinterp", () => {
  it("run on the simulated memory and keep the same objects as untranslated", () => {
    const r = run(process.execPath, ["--import", "./framework/cli/register.mjs", "tests/gc/llinterp-gc.ts", ...GCS]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBe(GCS.length);
    for (const l of lines) expect(l).toMatch(/^ok /);
  });
});
