// The type table is computed by the toolkit (framework/rtyper/typetable.ts)
// for the runtime's types and the program's classes; the llinterp's
// simulated heap and the GCs under Node run on it, and the C backend emits
// it (database.ts typeInfoTable, also the C runtime tests' rows).  A small C
// program compiled with the emitted table prints it back through rts.h's
// rts_typeinfo: the rows must be typeTable's, the runtime's C structs must
// have the toolkit's layouts, and rts.h's type ids must be TID's.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { TID, typeTable } from "../../framework/rtyper/typetable.ts";
import { CDatabase } from "../../plugins/backend-c/database.ts";
import { ROOT, tmpDir } from "../harness.ts";
import { loweredProgram, programFile } from "./rtyped.ts";

const SRC = `
class Leaf { constructor(public value: number) {} }
class Pair { constructor(public left: Leaf | null, public right: Pair | null, public label: string) {} }
export function main(argv: string[]): number {
  const p = new Pair(new Leaf(argv.length), null, "p");
  console.log(p.left?.value ?? 0, p.label);
  return 0;
}
`;

const PRINT_TABLE = `
#include <stdio.h>
int main(void) {
  static const unsigned tids[] = {RTS_TID_NONE, RTS_TID_STR, RTS_TID_ITEMS_RAW, RTS_TID_ITEMS_GC, RTS_TID_LIST, RTS_TID_U8ARR,
    RTS_TID_I32ARR, RTS_TID_F64ARR, RTS_TID_MAP, RTS_TID_MENTRIES_00, RTS_TID_MINDEX, RTS_TID_STRBUF, RTS_TID_STRVIEW, RTS_TID_FIRST_CLASS};
  for (unsigned i = 0; i < sizeof tids / sizeof tids[0]; i++) printf("%u ", tids[i]);
  printf("\\n");
  for (unsigned t = 0; t < rts_typeinfo_count; t++) {
    const rts_typeinfo *ti = &rts_typeinfos[t];
    if (!ti->name) continue; /* (a tid no class of this program has) */
    printf("%u %s %u %u %u |", t, ti->name, ti->fixedsize, ti->itemsize, ti->length_ofs);
    for (const uint16_t *p = ti->ptr_ofs; *p; p++) printf(" %u", *p);
    printf(" |");
    for (const uint16_t *p = ti->item_ptr_ofs; *p != 0xFFFF; p++) printf(" %u", *p);
    printf("\\n");
  }
  return 0;
}
`;

describe("the type table", async () => {
  const program = await loweredProgram(programFile(SRC), 0);
  const rt = program.rtyper;

  it("is emitted in C with typeTable's rows, on structs with the toolkit's layouts and rts.h's type ids", () => {
    const db = new CDatabase(rt, 8);
    const dir = tmpDir("typetable");
    const src = path.join(dir, "table.c");
    fs.writeFileSync(src, `#include "rts.h"\n${db.builtinLayoutChecks()}\n${db.typeInfoTable()}\n${PRINT_TABLE}`);
    const exe = path.join(dir, "table");
    const cc = spawnSync("gcc", ["-std=gnu11", "-I", path.join(ROOT, "plugins/backend-c/runtime"), "-o", exe, src], { encoding: "utf8" });
    expect(cc.stderr).toBe("");
    const [ids, ...rows] = spawnSync(exe, { encoding: "utf8" }).stdout.trim().split("\n");
    const t = TID;
    expect(ids.trim()).toBe([t.NONE, t.STR, t.ITEMS_RAW, t.ITEMS_GC, t.LIST, t.U8ARR, t.I32ARR, t.F64ARR, t.MAP, t.MENTRIES, t.MINDEX, t.STRBUF, t.STRVIEW, t.FIRST_CLASS].join(" "));
    const layouts = [...rt.layouts.values()];
    const table = typeTable(layouts, 8);
    const tids = [...Array(TID.FIRST_CLASS).keys(), ...layouts.map((l) => l.tid)].sort((a, b) => a - b);
    const want = tids.map((tid) => {
      const r = table[tid];
      const fixed = (r.pointers ?? []).map((p) => ` ${p}`).join("");
      const items = (r.itemPointers ?? []).map((p) => ` ${p}`).join("");
      return `${tid} ${r.name} ${r.fixedSize} ${r.itemSize ?? 0} ${r.lengthOffset ?? 0} |${fixed} |${items}`;
    });
    expect(rows).toEqual(want);
    // the program's classes are there, with their pointer fields
    const pair = rows.find((r) => r.split(" ")[1] === "Pair")!;
    expect(pair.split("|")[1].trim().split(" ")).toHaveLength(3);
  });
});
