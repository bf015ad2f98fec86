// docs/rts.md lists the standard-library members RTS supports and rejects:
// the table must be the one frontend/stdlib.ts gives (npm run gen:docs).
import * as fs from "node:fs";
import * as path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../harness.ts";
import { TABLE_END, TABLE_START, stdlibTable } from "../../framework/frontend/stdlib-table.ts";

it("docs/rts.md has the current stdlib table (npm run gen:docs updates it)", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs/rts.md"), "utf8");
  const a = doc.indexOf(TABLE_START);
  const b = doc.indexOf(TABLE_END);
  expect(a).toBeGreaterThanOrEqual(0);
  expect(doc.slice(a, b + TABLE_END.length)).toBe(stdlibTable());
});
