// The C runtime and the semispace GC, tested directly in C (tests/runtime/):
// strings and JS number formatting against Node-generated tables, GC
// torture runs, maps, lists, I/O and process exit behaviour.
import { describe, expect, it } from "vitest";
import { QUICK, run } from "./harness.ts";

describe.skipIf(QUICK)("C runtime", () => {
  it("passes its C test programs (gc, lists, maps, os, strings)", () => {
    const r = run("bash", ["tests/runtime/run.sh"], { env: { VALGRIND: process.env.CI ? "1" : "0" } });
    const summary = /(\d+) passed, (\d+) failed/.exec(r.stdout);
    expect(summary, r.stdout + r.stderr).not.toBeNull();
    expect(Number(summary![2]), r.stdout).toBe(0);
    expect(r.status).toBe(0);
  });
});
