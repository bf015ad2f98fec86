// Plugins: the built-ins are listed with what they register, a user plugin
// from rts.config.ts runs on the hooks it taps, and a user plugin can
// replace a built-in backend or GC by registering its name.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { rts, run, tmpDir } from "./harness.ts";

describe("plugins", () => {
  it("rts plugins lists the built-in plugins and what they register", () => {
    const r = rts(["plugins"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gc-generational\n  registers: GC generational \(selected\)\n/); // the default GC
    expect(r.stdout).toMatch(/gc-semispace\n  registers: GC semispace\n/);
    expect(rts(["plugins", "--gc", "semispace"]).stdout).toMatch(/gc-semispace\n  registers: GC semispace \(selected\)\n/);
    expect(r.stdout).toMatch(/backend-c\n  registers: backend c \(selected\)\n/);
    expect(r.stdout).toMatch(/target-aarch64\n  registers: target aarch64\n/);
  });

  it("a user plugin replaces a built-in backend and GC by registering their names", () => {
    const config = "tests/plugins/replacing.config.ts";
    const listed = rts(["plugins", "--config", config]).stdout;
    expect(listed).toMatch(/backend-c\n  registers: backend c\n/); // replaced: no longer the one selected
    expect(listed).toMatch(/logging-backend\n  registers: backend c \(selected\)\n/);
    expect(listed).toMatch(/gc-copying\n  registers: GC copying \(selected\)\n/);
    const exe = path.join(tmpDir("plugins"), "fib-copying");
    const r = rts(["translate", "bench/programs/fib.ts", "-o", exe, "--quiet", "--keep-c", "--config", config]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/building fib-copying for \S+ with GC copying/);
    expect(fs.readFileSync(exe + ".c", "utf8")).toMatch(/seen by logging-backend \*\/\n$/);
    expect(run(exe, ["10"]).stdout).toBe("55\n");
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
