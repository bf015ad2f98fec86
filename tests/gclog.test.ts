// The translated GCs from the outside: `--gc-torture` bakes torture mode
// into the binary, and RTSLOG=gc:FILE records every collection in the
// documented format (docs/gc.md).
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { rts, run, tmpDir } from "./harness.ts";

const out = tmpDir("gclog");
const program = "tests/programs/23_binary_tree.ts";
const expected = fs.readFileSync("tests/programs/23_binary_tree.out", "utf8");
const LINE = /^gc (minor|major|collect|summary) \d+\.\d{6} \d+ \d+ \d+ \d+$/;

describe.each(["generational", "semispace"])("gc-%s translated", (gc) => {
  it("--gc-torture collects at every allocation; RTSLOG=gc:FILE logs each collection", () => {
    const exe = path.join(out, `tree-${gc}`);
    const t = rts(["translate", program, "-o", exe, "--gc", gc, "--gc-torture", "--quiet"]);
    expect(t.status, t.stderr).toBe(0);
    const log = path.join(out, `${gc}.log`);
    fs.rmSync(log, { force: true });
    const r = run(exe, [], { env: { RTSLOG: `gc:${log}` } });
    expect(r.stdout).toBe(expected);
    expect(r.status).toBe(0);
    const lines = fs.readFileSync(log, "utf8").trim().split("\n");
    for (const l of lines) expect(l).toMatch(LINE);
    const collections = lines.filter((l) => !l.startsWith("gc summary")).length;
    expect(collections).toBeGreaterThan(1000); // about one per allocation
    expect(lines[lines.length - 1]).toMatch(/^gc summary /);
    if (gc === "generational") expect(lines.some((l) => l.startsWith("gc major "))).toBe(true);
    // RTS_GC_TORTURE=0 switches the baked-in torture off again
    const quiet = run(exe, [], { env: { RTSLOG: "gc", RTS_GC_TORTURE: "0" } });
    expect(quiet.stdout).toBe(expected);
    expect(quiet.stderr.trim().split("\n").length).toBeLessThan(10);
  });
});
