// The Python tokenizer (languages/python/tokenizer.ts, RTS code run here on
// Node) against CPython: the tokens of every module of CPython's own standard
// library as its tokenize module gives them (kind, text, line, column; the
// parser's tokens: no comments or blank-line NL), and the tokenizer's
// SyntaxErrors, IndentationErrors and TabErrors as compile() reports them
// (message, line, offset).
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../harness.ts";
import { PySyntaxError, tokenize } from "../../languages/python/tokenizer.ts";

const python = (args: string[], input?: string): string => execFileSync("python3", ["-W", "ignore", ...args], { encoding: "utf8", maxBuffer: 1 << 30, input });

const ERROR_CASES = [
  "x = 'abc\n", 'x = """abc\n\n', "x = '''a\nb\n", "x = (1,\n2\n", "x = 1)\n", "x = [1, 2)\n", "x = (1,\n 2]\n", "x = 012\n", "x = 0x\n",
  "x = 0b102\n", "x = 0o8\n", "x = 1_\n", "x = 1__0\n", "x = 1e\n", "x = 1e+\n", "x = 1abc\n", "x = 0x1g\n", "if x:\n\ty\n        z\n",
  "if x:\n    y\n  z\n", "x = a ! b\n", "x = \\ y\n", "x = 1 \\\n", "x = \u00a7\n", "x = `a`\n",
];
const VALID_CASES = [
  "x = 1if y else 2\n", "y = [0for x in z]\n", "x = 1.e5 + 1e-3 + .5j + 1_000.000_1\n", "x = 1.5j + 0o17 + 0b1_0 + 0xdead_BEEF\n",
  "x = rb'\\n' + f'{a!r:>10}' + u'x' + Rb\"y\" + F'''\n{z}\n'''\n", "s = '''a\n'b'\n'''\n", "def f(a, *, b=2, **k) -> int:\n\treturn a @ b\n",
  "if a:\n  if b:\n    c\n\n  # comment\n\n  d\n", "x = (1 +\n     2) \\\n    + 3\n", "λ = 'ü'; 名前 = 1\n", "x = 1", "pass\n   # trailing comment",
];

describe("Python tokenizer vs CPython", () => {
  it("gives tokenize's tokens for every module of the standard library", () => {
    const stdlib = python(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).trim();
    const files = fs.readdirSync(stdlib).filter((f) => f.endsWith(".py")).sort().map((f) => path.join(stdlib, f));
    expect(files.length).toBeGreaterThan(100);
    const ref = python([path.join(ROOT, "tests/python/pytokens.py"), ...files]).trim().split("\n").map((l) => JSON.parse(l) as { path: string; tokens?: (string | number)[][] });
    const mismatches: string[] = [];
    let compared = 0;
    for (const r of ref) {
      if (!r.tokens) continue;
      compared++;
      let mine: string[];
      try {
        mine = tokenize(fs.readFileSync(r.path, "utf8")).map((t) => JSON.stringify([t.kind, t.text, t.line, t.col]));
      } catch (e) {
        mismatches.push(`${r.path}: ${(e as Error).message}`);
        continue;
      }
      const want = r.tokens.map((t) => JSON.stringify(t));
      const i = want.findIndex((w, k) => w !== mine[k]);
      if (i >= 0 || mine.length !== want.length) mismatches.push(`${r.path} token ${i}: CPython ${want[i]}, RTS ${mine[i]}`);
    }
    expect(compared).toBeGreaterThan(100);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("reports the tokenizer's errors as compile() does, and accepts what it accepts", () => {
    const cases = [...ERROR_CASES, ...VALID_CASES];
    const ref = python(
      ["-c", "import json, sys\nfor src in json.load(sys.stdin):\n  try:\n    compile(src, '<s>', 'exec'); print(json.dumps(None))\n  except SyntaxError as e:\n    print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset]))"],
      JSON.stringify(cases),
    ).trim().split("\n");
    cases.forEach((src, i) => {
      let got: unknown = null;
      try {
        tokenize(src);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = [e.kind, e.message, e.line, e.col];
      }
      expect([src, got]).toEqual([src, JSON.parse(ref[i])]);
    });
  });
});
