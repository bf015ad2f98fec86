// The calc example (examples/calc/calc.ts): an interpreter written the way a
// TypeScript developer writes one — regex tokenizer, discriminated-union AST,
// `type Value = number | string | boolean | null | Value[] | Closure | Builtin`,
// Maps, Error subclasses — translated unchanged; the binary prints what Node
// prints, with the same exit status (the demo ends on an error: status 1).
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { rts, run, tmpDir } from "./harness.ts";

const exe = path.join(tmpDir("calc"), "calc");

describe("calc example", () => {
  beforeAll(() => {
    const t = rts(["translate", "examples/calc/calc.ts", "-o", exe, "--quiet"]);
    expect(t.stderr).toBe("");
    expect(t.status).toBe(0);
  });

  for (const args of [[], ["examples/calc/primes.calc"]]) {
    it(`prints what Node prints: calc ${args.join(" ")}`, () => {
      const node = rts(["run", "examples/calc/calc.ts", ...args]);
      const bin = run(exe, args);
      expect(bin.stdout).toBe(node.stdout);
      expect(bin.status).toBe(node.status);
      expect(bin.stdout.length).toBeGreaterThan(100);
    });
  }
});
