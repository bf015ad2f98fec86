// The Python parser (languages/python/parser.ts, statements.ts) against
// CPython: expressions parsed in eval mode, and every module of CPython's
// standard library that uses no f-string, must dump as `ast.dump` prints
// CPython's tree (node types, fields, constants' reprs: big ints, floats'
// shortest repr, bytes, escapes), run as RTS code untranslated and
// translated (tests/python/driver.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { rts, run, tmpDir } from "../harness.ts";
import { parseModule } from "../../languages/python/statements.ts";
import { dumpModule } from "../../languages/python/ast.ts";

const EXPRESSIONS = [
  "1 + 2*x", "a if b else c", "f(x, *y, k=1, **z)", "x[1:2, ::3]", "not a and b or c", "a < b <= c", "[x for x in y if x]", "{1: 2, **d}",
  "lambda x, *a, y=1, **k: x", "-x ** 2", "a.b.c", "(1,)", "()", "'a' 'b'", "1.5e-07", "10**100", "(x := 5)",
  "0x_ff + 0o17 + 0b101 + 1_000_000 + 12345678901234567890123", "1e16, 1e15, 123.456, 0.0001, 0.00001, 1e22, 5e-324, 2.5j, 0j, 1.0",
  "b'\\x00\\xff' + b'abc'", "'\\u00e9\\n\\t\\'x' \"it's\"", "r'\\n\\d'", "u'x'", "{1, 2, *s}", "{k: v for k, v in d.items() if k}", "{x for x in y}",
  "(x for x in y for z in x)", "f(x for x in y)", "a[b][c](d).e", "x if y else z if w else v", "a is not b, c not in d, e is f, g in h",
  "~a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "[*a, *b]", "lambda: 0", "lambda a, b=1, /, c=2, *, d, e=3: a", "await x", "x[::]",
  "x[a:b]", "x[:, 1]", "{**a, 'b': 1}", "'\\101\\7'", "'😀' + '\\U0001F600'", "2 ** -1", "-1", "not not x", "a or b or c and d", "[]", "{}", "...",
  "None and True or False", "f()()()", "(yield)", "(yield x)", "(yield from y)", "x[1, 2]", "[x for x, in y]", "[x async for x in y]",
  "{(lambda: 1): 2, 3: lambda x: {x: 1}}", "'a' '''b\nc''' \"d\"", "'\\N'.x", "1 if 2 else 3, 4", "x.y[z](*a, b, *c, d=e, **f, g=h)",
  "1 +", "(1, 2", "a = 1", "f(**x, *y)", "x[1:2:3:4]",
];

const dir = tmpDir("python-parser");
const input = path.join(dir, "expressions.jsonl");
fs.writeFileSync(input, EXPRESSIONS.map((e) => JSON.stringify(e)).join("\n") + "\n");
const exe = path.join(dir, "driver");

/** CPython's dumps of the same inputs (a SyntaxError's message with its line and offset). */
function cpython(): string {
  const script = "import ast, json, sys\nfor line in open(sys.argv[1]):\n  src = json.loads(line)\n  try: print(ast.dump(ast.parse(src, mode='eval').body))\n  except SyntaxError as e: print(f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset})')";
  return execFileSync("python3", ["-W", "ignore", "-c", script, input], { encoding: "utf8" });
}

describe("Python parser vs CPython", () => {
  const want = cpython().split("\n");
  const valid = (out: string): string[] => out.split("\n").filter((_, i) => !want[i]?.startsWith("SyntaxError"));

  it("dumps the expressions' trees as ast.dump does (untranslated)", () => {
    const r = rts(["run", "tests/python/driver.ts", input]);
    expect(r.status, r.stderr).toBe(0);
    // (SyntaxErrors are checked for being errors, not yet for CPython's wording: the PEG parser's messages come with the statement parser)
    expect(valid(r.stdout)).toEqual(valid(want.join("\n")));
    r.stdout.split("\n").forEach((line, i) => expect([EXPRESSIONS[i], line.startsWith("SyntaxError")]).toEqual([EXPRESSIONS[i], want[i]?.startsWith("SyntaxError") ?? false]));
  });

  it("parses the standard library as ast.parse does (the modules without f-strings)", () => {
    const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
    const files = fs.readdirSync(stdlib).filter((f) => f.endsWith(".py")).sort().map((f) => path.join(stdlib, f));
    const script = "import ast, json, sys\nfor p in sys.argv[1:]:\n  print(json.dumps(ast.dump(ast.parse(open(p, encoding='utf-8').read()))))";
    const ref = execFileSync("python3", ["-W", "ignore", "-c", script, ...files], { encoding: "utf8", maxBuffer: 1 << 30 }).trim().split("\n").map((l) => JSON.parse(l) as string);
    let same = 0;
    const different: string[] = [];
    files.forEach((f, i) => {
      let got: string;
      try {
        got = dumpModule(parseModule(fs.readFileSync(f, "utf8")));
      } catch (e) {
        if ((e as Error).message.includes("not supported yet")) return; // (f-strings, \N{...})
        got = `${(e as Error).name}: ${(e as Error).message}`;
      }
      if (got === ref[i]) same++;
      else different.push(f);
    });
    expect(different).toEqual([]);
    expect(same).toBeGreaterThanOrEqual(95);
  });

  it("prints the same translated", () => {
    const t = rts(["translate", "tests/python/driver.ts", "-o", exe, "--quiet", "--opt", "1"]); // (-O1: half the C compile time of npm test's budget)
    expect(t.stderr).toBe("");
    const node = rts(["run", "tests/python/driver.ts", input]);
    const bin = run(exe, [input]);
    expect(bin.stderr).toBe("");
    expect(bin.stdout).toBe(node.stdout);
    // whole modules too: CPython's heapq.py and textwrap.py
    const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
    const mods = ["heapq.py", "textwrap.py"].map((m) => path.join(stdlib, m));
    const nodeMods = rts(["run", "tests/python/driver.ts", "--module", ...mods]);
    const binMods = run(exe, ["--module", ...mods]);
    expect(binMods.stdout).toBe(nodeMods.stdout);
    expect(binMods.stdout.length).toBeGreaterThan(10000);
  });
});
