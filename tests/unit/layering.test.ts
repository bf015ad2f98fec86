// Dependencies point downward (docs/internals.md): the framework imports no
// plugin, language or example (plugins/builtin.ts, the composition root,
// reaches the CLI through bin/rts.js); its modules import each other without
// cycles (type-only imports aside: a helper may name its owner's type);
// interpreters written in RTS import only `rts/*` and their own modules.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";

const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string, ext: RegExp): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).filter((f) => ext.test(f)).map((f) => path.join(ROOT, dir, f));
}

/** The module specifiers a file imports (static, dynamic and re-exports). */
function imports(file: string): string[] {
  // (TypeScript's own scanner: a regex also matched `"from", "global"` in a list of Python keywords)
  return ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);
}

describe("layering", () => {
  it("the framework imports no plugin, language or example", () => {
    const bad: string[] = [];
    for (const f of files("framework", /\.(ts|mjs)$/)) {
      for (const spec of imports(f)) {
        if (!spec.startsWith(".")) continue;
        const target = path.relative(ROOT, path.resolve(path.dirname(f), spec));
        if (/^(plugins|languages|examples)\//.test(target)) bad.push(`${path.relative(ROOT, f)} imports ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the framework's modules have no import cycles (type-only imports aside)", () => {
    const deps = new Map<string, string[]>();
    for (const f of files("framework", /\.ts$/)) {
      const text = fs.readFileSync(f, "utf8");
      const values = [...text.matchAll(/^(?:import|export)\s+(type\s+)?[^"';]*?from\s*["'](\.[^"']+)["']/gm)].filter((m) => !m[1]);
      deps.set(f, values.map((m) => path.resolve(path.dirname(f), m[2])));
    }
    // depth-first search for a back edge
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, stack: string[]): void => {
      state.set(f, "open");
      for (const d of deps.get(f) ?? []) {
        if (!deps.has(d)) continue;
        if (state.get(d) === "open") cycles.push([...stack.slice(stack.indexOf(d)), f, d].map((x) => path.relative(ROOT, x)).join(" -> "));
        else if (!state.has(d)) visit(d, [...stack, f]);
      }
      state.set(f, "done");
    };
    for (const f of deps.keys()) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("the example interpreters import only rts/* and their own folder", () => {
    const bad: string[] = [];
    for (const dir of ["languages", "examples/bf", "examples/calc"]) {
      for (const f of files(dir, /\.ts$/)) {
        for (const spec of imports(f)) {
          const own = spec.startsWith(".") && !path.relative(path.join(ROOT, dir), path.resolve(path.dirname(f), spec)).startsWith("..");
          if (!own && !spec.startsWith("rts/")) bad.push(`${path.relative(ROOT, f)} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("user-facing plugin code imports the public API, rts/plugin", () => {
    for (const f of files("examples/plugins", /\.ts$/)) {
      for (const spec of imports(f)) expect(spec.startsWith("../../framework"), `${f} imports ${spec}`).toBe(false);
    }
  });
});
