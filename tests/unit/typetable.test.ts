// The type table computed by the toolkit (framework/rtyper/typetable.ts),
// which the llinterp's simulated heap and the GCs run on under Node, against
// the C runtime's (rts.h RTS_BUILTIN_TYPEINFOS, built from offsetof/sizeof):
// a small C program prints the C table and the two must agree row by row.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { TID, typeTable } from "../../framework/rtyper/typetable.ts";
import { ROOT, tmpDir } from "../harness.ts";

const PRINT_TABLE = `#include "rts.h"
#include <stdio.h>
static const rts_typeinfo table[] = {RTS_BUILTIN_TYPEINFOS};
int main(void) {
  for (unsigned t = 0; t < sizeof table / sizeof table[0]; t++) {
    const rts_typeinfo *ti = &table[t];
    printf("%s %u %u %u |", ti->name, ti->fixedsize, ti->itemsize, ti->length_ofs);
    for (const uint16_t *p = ti->ptr_ofs; *p; p++) printf(" %u", *p);
    printf(" |");
    for (const uint16_t *p = ti->item_ptr_ofs; *p != 0xFFFF; p++) printf(" %u", *p);
    printf("\\n");
  }
  return 0;
}
`;

describe("the type table", () => {
  it("has the C runtime's rows for the runtime's types", () => {
    const dir = tmpDir("typetable");
    const src = path.join(dir, "table.c");
    fs.writeFileSync(src, PRINT_TABLE);
    const exe = path.join(dir, "table");
    const cc = spawnSync("gcc", ["-std=gnu11", "-I", path.join(ROOT, "plugins/backend-c/runtime"), "-o", exe, src], { encoding: "utf8" });
    expect(cc.stderr).toBe("");
    const rows = spawnSync(exe, { encoding: "utf8" }).stdout.trim().split("\n");
    const ts = typeTable([], 8).map((t) => {
      const fixed = (t.pointers ?? []).map((p) => ` ${p}`).join("");
      const items = (t.itemPointers ?? []).map((p) => ` ${p}`).join("");
      return `${t.name} ${t.fixedSize} ${t.itemSize ?? 0} ${t.lengthOffset ?? 0} |${fixed} |${items}`;
    });
    expect(rows.length).toBe(TID.FIRST_CLASS);
    expect(ts).toEqual(rows);
  });
});
