// Plugins: the built-ins are listed with the hooks they tap, and a user
// plugin from rts.config.ts runs on the hooks it taps.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { rts, run, tmpDir } from "./harness.ts";

describe("plugins", () => {
  it("rts plugins lists the built-in plugins and their hooks", () => {
    const r = rts(["plugins"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gc-generational\n  taps: gcTransform/); // the default GC
    expect(rts(["plugins", "--gc", "semispace"]).stdout).toMatch(/gc-semispace\n  taps: gcTransform/);
    expect(r.stdout).toMatch(/backend-c\n  taps: backend/);
  });

  it("rts plugins shows plugins from a config file", () => {
    const r = rts(["plugins", "--config", "examples/plugins/rts.config.ts"]);
    expect(r.stdout).toMatch(/op-counter\n  taps: rtyped/);
  });

  it("the op-counter example plugin reports per-function operation counts", () => {
    const exe = path.join(tmpDir("plugins"), "fib");
    const r = rts(["translate", "bench/programs/fib.ts", "-o", exe, "--quiet", "--config", "examples/plugins/rts.config.ts"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("low-level operations per function");
    expect(r.stderr).toMatch(/^  fib +\d+ +\(.*direct_call 2/m);
    expect(run(exe, ["10"]).stdout).toBe("55\n");
  });

  it("an unknown GC is a usage error, not a crash", () => {
    const r = rts(["translate", "bench/programs/fib.ts", "--gc", "nope"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown GC 'nope'");
  });
});
