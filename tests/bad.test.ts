// The bad-input corpus: programs outside the RTS subset.  `rts check` must
// exit 1 and report the construct at the expected line:col with a code
// frame and a hint, never a toolchain stack trace.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, checkInWorker, rts } from "./harness.ts";

const dir = path.join(ROOT, "tests/bad");
const cases = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort().map((f) => {
  // one "// expect: LINE:COL keyword" line per error, in the order rts check reports them
  const expects = [];
  for (const line of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
    const m = /^\/\/ expect: (\d+):(\d+) (.+)$/.exec(line);
    if (!m) break;
    expects.push({ line: Number(m[1]), col: Number(m[2]), keyword: m[3] });
  }
  if (expects.length === 0) throw new Error(`${f}: first line must be // expect: LINE:COL keyword`);
  return { name: f, file: path.join("tests/bad", f), ...expects[0], expects };
});

describe("bad input", () => {
  it("has at least 15 cases", () => expect(cases.length).toBeGreaterThanOrEqual(15));

  describe.concurrent.each(cases)("$name", (c) => {
    it("is rejected by rts check with location, code frame and explanation", async () => {
      const r = await checkInWorker(c.file);
      expect(r.status).toBe(1);
      const first = r.stderr.split("\n")[0];
      expect(first).toContain(`${c.file}:${c.line}:${c.col}:`);
      expect(first.toLowerCase()).toContain(c.keyword.toLowerCase());
      expect(r.stderr).toMatch(new RegExp(`^> +${c.line} \\| `, "m")); // code frame
      expect(r.stderr).not.toMatch(/internal error|^\s+at .*\.ts:\d+/m);
      // every error of the program in one run, in source order
      const headers = r.stderr.split("\n").filter((l) => l.startsWith(`${c.file}:`));
      expect(headers.length).toBe(c.expects.length);
      c.expects.forEach((x, i) => {
        expect(headers[i]).toContain(`${c.file}:${x.line}:${x.col}:`);
        expect(headers[i].toLowerCase()).toContain(x.keyword.toLowerCase());
      });
    });
  });

  it("translate rejects the same input without a stack trace", () => {
    const r = rts(["translate", "tests/bad/loose_equals.ts", "-o", "/dev/null"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("'=='");
    expect(r.stderr).not.toMatch(/internal error/);
  });
});
