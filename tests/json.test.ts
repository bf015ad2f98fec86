// JSON.parse into a type the program gives its result: a document that does
// not fit the type stops the translated program with the place it differs
// (Node would go on with a mistyped value), run here in the llinterp, whose
// output is the binary's (the corpus, 154_json_parse, covers what fits).
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rtsAsync, tmpDir } from "./harness.ts";
import { jsonParse } from "../framework/rlib/json-parse.ts";

const dir = tmpDir("json");
const prog = path.join(dir, "misfit.ts");
fs.writeFileSync(
  prog,
  `interface P { x: number; y?: string; kind: "a" | "b" }
export function main(argv: string[]): number {
  const p = JSON.parse(argv[argv.length - 1]) as P;
  console.log(p.x, p.y ?? "-", p.kind);
  return 0;
}
`,
);

const CASES: [string, string][] = [
  ['{"x": "1", "kind": "a"}', `$.x is the string "1" where the program's type says a number`],
  ['{"kind": "a"}', "$ lacks the property 'x' that the type P requires"],
  ['{"x": 1, "kind": "a", "z": 0}', "$ has the property 'z' that the type P does not declare"],
  ['{"kind": "a", "x": 1}', "$ has its properties in another order than the type P declares them ('x' comes after 'kind')"],
  ['{"x": 1, "kind": "c"}', `$.kind is the string "c" where the program's type says "a" | "b"`],
  ["[1]", "$ is an array where the program's type says an object"],
];

describe.concurrent("JSON.parse into a type", () => {
  it("fits: the typed value", async () => {
    const r = await rtsAsync(["interp", prog, '{"x": 1, "y": "q", "kind": "b"}']);
    expect(r.stdout).toBe("1 q b\n");
    expect(r.status).toBe(0);
  });
  for (const [doc, why] of CASES) {
    it(`does not fit: ${doc}`, async () => {
      const r = await rtsAsync(["interp", prog, doc]);
      expect(r.stderr).toContain(`JSON.parse: ${why};`);
      expect(r.stderr).toContain("fatal error: JSON.parse: the document does not fit the type the program gave the result (above)");
      expect(r.stdout).toBe("");
      expect(r.status).toBe(101);
    });
  }
});

// The parser itself (rts/rlib/json-parse, RTS code run here on Node) against
// V8's JSON.parse on generated documents: valid ones (fast-check's JSON, with
// whitespace) and broken ones (a character inserted, deleted or the text cut
// short; strings of JSON's tokens): the same value, or the same SyntaxError
// message (V8's wording and position).
describe("JSON.parse vs V8", () => {
  it("agrees on 6000 generated documents", () => {
    const TOKENS = ["{", "}", "[", "]", ",", ":", '"', '"a"', "\\", "\\u", "0", "1", "-", ".", "e", "E", "+", "true", "false", "null", "tru", "nul", " ", "\n", "\t", "\u0001", "x", "é", "😀", "NaN"];
    const spaced = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 1, 2, "\t")).map(([v, ws]) => JSON.stringify(v, null, ws));
    const broken = fc.tuple(spaced, fc.nat(), fc.constantFrom(...TOKENS), fc.constantFrom("insert", "delete", "cut")).map(([s, at, t, how]) => {
      const i = at % (s.length + 1);
      return how === "insert" ? s.slice(0, i) + t + s.slice(i) : how === "delete" ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i);
    });
    const tokens = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((ts) => ts.join(""));
    const docs = fc.sample(fc.oneof(spaced, broken, broken, tokens), { seed: 20261204, numRuns: 6000 });
    const outcome = (parse: (s: string) => unknown, s: string): string => {
      try {
        return JSON.stringify(parse(s)) ?? "undefined";
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
    };
    const mismatches: string[] = [];
    for (const d of docs) {
      if (d.includes("__proto__")) continue; // (on Node the RTS code's objects are plain objects, where that key sets the prototype)
      const want = outcome(JSON.parse, d);
      const got = outcome(jsonParse, d);
      if (want !== got) mismatches.push(`${JSON.stringify(d)}\n  V8:  ${want}\n  RTS: ${got}`);
    }
    expect(mismatches.length + " mismatches\n" + mismatches.slice(0, 8).join("\n")).toBe("0 mismatches\n");
  });
});
