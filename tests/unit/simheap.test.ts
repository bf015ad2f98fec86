// The llinterp on the simulated heap (framework/llinterp/simheap.ts): the
// program's objects laid out in simulated memory with the toolkit's
// layouts, collected by the real GC (its RTS module on Node).  It prints
// what the JS-object heap prints, under GC torture too; and when the GC
// transform's work is undone — the roots around an allocation, a write
// barrier — the run stops with a TypeScript error naming an address, where
// the binary would read freed memory.
import { describe, expect, it } from "vitest";
import { Constant, Variable, type FunctionGraph, type SpaceOperation } from "../../framework/flow/model.ts";
import { runLowered } from "../../framework/cli/commands.ts";
import { BufferIO } from "../../framework/llinterp/io.ts";
import type { LoweredProgram } from "../../framework/translator/program.ts";
import { loweredProgram, programFile } from "./rtyped.ts";

const SRC = `
class Node {
  constructor(public left: Node | null, public right: Node | null, public name: string) {}
}
class Old {
  items: Node[] = [];
  last: Node | null = null;
}
function tree(d: number, tag: string): Node {
  if (d === 0) return new Node(null, null, tag + "." + d);
  return new Node(tree(d - 1, tag + "l"), tree(d - 1, tag + "r"), tag);
}
function count(n: Node | null): number {
  return n === null ? 0 : 1 + count(n.left) + count(n.right);
}
export function main(argv: string[]): number {
  const keep = new Old();
  const names = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < 40; i++) {
    const t = tree(4, "t" + i);
    keep.last = t;
    keep.items.push(t);
    names.set(t.name, count(t));
    total += count(keep.last);
  }
  let s = "";
  for (const [k, v] of names) if (v > 30) s += k.length;
  console.log(total, keep.items.length, names.size, s.length, keep.items[39].left!.right!.name);
  return 0;
}
`;
const EXPECTED = "1240 40 40 40 t39lr\n";

const file = programFile(SRC);
const lowered = new Map<string, Promise<LoweredProgram>>();
const lower = (gc: string): Promise<LoweredProgram> => {
  if (!lowered.has(gc)) lowered.set(gc, loweredProgram(file, 2, gc));
  return lowered.get(gc)!;
};

async function run(program: LoweredProgram, heap: "sim" | "objects", env: Record<string, number> = {}): Promise<string> {
  const io = new BufferIO("");
  const status = await runLowered(program, file, [], io, heap, env);
  return `${io.stdout.toString("utf8")}${status === 0 ? "" : `status ${status}: ${io.stderr.toString("utf8")}`}`;
}

const TORTURE = { RTS_GC_TORTURE: 1, RTS_GC_HEAP: 65536, RTS_GC_NURSERY: 65536 };

/** Undoes the shadow-stack transform in every graph: each reloaded root is the stale pointer that was pushed. */
function dropRoots(graphs: readonly FunctionGraph[]): number {
  let dropped = 0;
  for (const g of graphs) {
    for (const b of g.blocks()) {
      const out: SpaceOperation[] = [];
      let pushed: (Variable | Constant)[] = [];
      for (const op of b.operations) {
        if (op.opname === "gc_push_roots") {
          pushed = op.args as (Variable | Constant)[];
          dropped++;
          continue;
        }
        if (op.opname === "gc_pop_roots") continue;
        if (op.opname === "gc_reload_root") {
          op.opname = "same_as";
          op.args = [pushed[(op.args[0] as Constant).value as number]];
        }
        out.push(op);
      }
      b.operations = out;
    }
  }
  return dropped;
}

function dropBarriers(graphs: readonly FunctionGraph[]): number {
  let dropped = 0;
  for (const g of graphs) {
    for (const b of g.blocks()) {
      const before = b.operations.length;
      b.operations = b.operations.filter((op) => op.opname !== "gc_write_barrier");
      dropped += before - b.operations.length;
    }
  }
  return dropped;
}

describe.each(["generational", "semispace"])("the llinterp on the simulated heap, %s GC", (gc) => {
  it("prints what the JS-object heap prints, also when the GC collects at every allocation", async () => {
    const p = await lower(gc);
    expect(await run(p, "objects")).toBe(EXPECTED);
    expect(await run(p, "sim")).toBe(EXPECTED);
    expect(await run(p, "sim", TORTURE)).toBe(EXPECTED);
  });
});

describe("the simulated heap finds what the GC transform got wrong", () => {
  it("a pointer not saved across an allocation is read after the collector moved its object", async () => {
    const p = await loweredProgram(file, 2, "semispace");
    expect(dropRoots(p.graphs)).toBeGreaterThan(0);
    await expect(run(p, "sim", TORTURE)).rejects.toThrow(/object at 0x[0-9a-f]+ .*type id/);
  });

  it("a store of a young pointer into an old object without the write barrier leaves it dangling", async () => {
    const p = await loweredProgram(file, 2, "generational");
    expect(dropBarriers(p.graphs)).toBeGreaterThan(0);
    await expect(run(p, "sim", TORTURE)).rejects.toThrow(/ at 0x[0-9a-f]+ holds 0x[0-9a-f]+/);
  });
});
