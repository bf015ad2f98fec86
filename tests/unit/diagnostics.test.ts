// Diagnostics: location, code frame with a caret, hint, related locations.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { RtsDiagnostic, formatDiagnostic } from "../../framework/diagnostics/diagnostic.ts";

describe("diagnostics", () => {
  it("formats file:line:col, a code frame with a caret, the hint and related locations", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rts-diag-")), "x.ts");
    fs.writeFileSync(file, "let a = 1;\nif (a == 2) {}\nlet b = 3;\n");
    const d = new RtsDiagnostic(2003, "the loose equality operator '==' is not allowed in RTS", { file, line: 2, col: 7 }, "use '==='", [
      { loc: { file, line: 1, col: 5 }, message: "a is declared here" },
    ]);
    const text = formatDiagnostic(d);
    expect(text.split("\n")[0]).toBe(`${file}:2:7: error RTS2003: the loose equality operator '==' is not allowed in RTS`);
    expect(text).toContain("> 2 | if (a == 2) {}");
    expect(text).toMatch(/\| {7}\^/);
    expect(text).toContain(`${file}:1:5: a is declared here`);
    expect(text).toContain("hint: use '==='");
  });
});
