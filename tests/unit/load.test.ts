// The Load stage (translator/load.ts): module-level code runs at translation
// time and the translator sees what it built — tables, Maps, prebuilt
// instances (with #private fields), static #private fields, the initial
// values of `let` globals, function values traced back to their source —
// each load is a fresh run, and output at init time is a located error.
// It runs in a Node process of its own (load-check.ts): the Load stage
// registers module hooks, which vitest's module runner does not use.
import { describe, expect, it } from "vitest";
import { runAsync } from "../harness.ts";

describe("the Load stage", async () => {
  const r = await runAsync(process.execPath, ["--import", "./framework/cli/register.mjs", "tests/unit/load-check.ts"]);
  const out = r.status === 0 ? JSON.parse(r.stdout) : {};

  it("runs without an error", () => {
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("sees the values module-level code built", () => {
    expect(out.table).toEqual([1, 2, 3]); // sorted at init time
    expect(out.names).toEqual([["one", 1], ["two", 2]]);
    expect(out.runs).toBe(3); // a let global's initial value
    expect(out.firstIsCounter).toBe(true); // a prebuilt instance of the program's class
    expect(out.made).toBe(1); // a static #private field, after the constructor ran at init time
  });

  it("traces function values built at init time to their source", () => {
    expect(out.functions).toEqual([{ kind: "closure", name: "module$lambda", line: 14 }, { kind: "closure", name: "twice", line: 14 }]);
  });

  it("runs module-level code again for each load", () => {
    expect(out.secondFirstIsNew).toBe(true);
  });

  it("rejects output at init time with the program's location", () => {
    expect(out.printError).toMatchObject({ code: 1006, line: 3 });
    expect(out.printError.message).toContain("console.log in module-level code");
  });
});
