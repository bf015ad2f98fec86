// JSON.parse into a type the program gives its result: a document that does
// not fit the type stops the translated program with the place it differs
// (Node would go on with a mistyped value), run here in the llinterp, whose
// output is the binary's (the corpus, 154_json_parse, covers what fits).
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { rtsAsync, tmpDir } from "./harness.ts";

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
