// The GC modules as the translator sees them: translated to low-level
// graphs (framework/translator/library.ts) and executed by the llinterp on
// the simulated memory, driven by the same test mutator as tests/gc.test.ts.
// Prints one "ok" line per GC; run by tests/gc.test.ts in a child process
// (the Load stage needs the toolkit's module hooks).
import * as path from "node:path";
import * as ll from "../../framework/rlib/ll.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";
import { GC_ENTRY_POINTS, translateLibrary } from "../../framework/translator/library.ts";
import { LLInterpreter } from "../../framework/llinterp/llinterp.ts";
import { LEFT, Mutator, RIGHT, VALUE, freshMemory, type GcModule } from "./mutator.ts";


for (const name of process.argv.slice(2)) {
  const lib = await translateLibrary(path.join(TOOLKIT_ROOT, `plugins/gc-${name}/${name}.ts`), GC_ENTRY_POINTS, 2);
  const interp = new LLInterpreter(lib.rtyper);
  const call = (fn: string, args: number[]): number => interp.call(lib.rtyper.llfunction(lib.entries.get(fn)!), args) as number;
  const gc: GcModule = {
    gcInit: () => void call("gcInit", []),
    gcMalloc: (tid, size) => call("gcMalloc", [tid, size]),
    gcMallocVarsize: (tid, length) => call("gcMallocVarsize", [tid, length]),
    gcCollect: () => void call("gcCollect", []),
    gcWriteBarrier: (obj) => void call("gcWriteBarrier", [obj]),
    gcWriteBarrierItem: (obj, i) => void call("gcWriteBarrierItem", [obj, i]),
    gcReport: () => void call("gcReport", []),
    WRITE_BARRIER_FLAG: Number(lib.constants.get("WRITE_BARRIER_FLAG") ?? 0),
  };
  const mem = freshMemory({ RTS_GC_HEAP: 65536, RTS_GC_NURSERY: 65536, RTS_GC_TORTURE: 5 });
  gc.gcInit();
  const m = new Mutator(mem, gc);
  // a list with garbage in between, then a tree hung off its head
  const head = m.root(0);
  for (let i = 0; i < 400; i++) {
    m.blob(40);
    const n = m.node(i);
    m.setPtr(n, LEFT, m.at(head));
    mem.setStackRoot(head, n);
  }
  const arr = m.root(m.array(3000));
  for (let i = 0; i < 3000; i += 7) {
    const n = m.node(-i);
    m.setItem(m.at(arr), i, n);
  }
  const extra = m.node(12345);
  m.setPtr(m.at(head), RIGHT, extra);
  gc.gcCollect();
  let count = 0;
  for (let p = m.at(head); p !== 0; p = ll.load(p, LEFT)) if (ll.load(p, VALUE) === 399 - count++) continue;
  const okList = count === 400 && ll.load(ll.load(m.at(head), RIGHT), VALUE) === 12345;
  let okArr = true;
  for (let i = 0; i < 3000; i += 7) okArr &&= ll.load(m.item(m.at(arr), i), VALUE) === -i;
  const reachable = mem.verify();
  const collections = mem.logLines.filter((l) => /^gc (collect|minor|major) /.test(l)).length;
  console.log(`${okList && okArr && reachable === 400 + 1 + 1 + 429 ? "ok" : "FAILED"} ${name}: ${reachable} reachable objects, ${collections} collections, ${lib.rtyper.functions.size} functions`);
}
