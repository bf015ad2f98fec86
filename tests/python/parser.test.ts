// The Python parser (languages/python/parser.ts, statements.ts, fstrings.ts,
// patterns.ts) against CPython: expressions parsed in eval mode, and every
// module of CPython's standard library, must dump as `ast.dump` prints
// CPython's tree (node types, fields, constants' reprs: big ints, floats'
// shortest repr, bytes, escapes), run as RTS code untranslated and
// translated (tests/python/driver.ts); nodes must have CPython's positions.
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { rts, run, tmpDir } from "../harness.ts";
import { parseModule } from "../../languages/python/statements.ts";
import { dumpModule, dumpPositions } from "../../languages/python/ast.ts";

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
  // f-strings
  "f'{x=}'", "f'{x = !s:>10}'", "f'{x=:{w}.{p}}'", "f'a{{b}}c{d!a}'", `f"{d['a']}" f'{d["b"]:{w}}'`, "u'a' f'b' 'c'", "f'' ''",
  "rf'\\n{x}\\d'", "f'{x:\\n}'", "f'{ x !r}'", "f'{x!=y} {x<y} {x>=y} {x==y}'", "f'{(x:=1)}'", `'''a''' f"""b{c\n}"""`, "F'{x}' Rf'{y}'",
  "U'x' u'y'", "f'{{}}'", "f'{{{x}}}'", "f'{x:{y}}' f'{x!r:}'", `f'{f"{x}"}'`, "f'{x, y}' f'{ (a, b) }'", "f'{yield}'", "f'{a b}'", "f'{lambda x: 1}'", "b'a' f'b'",
  // \N{...}
  "'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{em dash}\\N{LF}\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "f'{x}\\N{BULLET}{y}'",
];

/** Strings CPython rejects, whose messages the parser must give too. */
const STRING_ERRORS = [
  "f'{}'", "f'{ }'", "f'}'", "f'{x}}'", "f'{\\'a\\'}'", "f'{x!z}'", "f'{x'", "f'{x:{y:{z}}}'", "f'{x#}'", "f'{(x}'", "f'{x)}'", "f'{*x}'",
  "f'{x!r'", "'\\N{NO SUCH NAME}'", "'\\N{DASH'", "'\\Nx'",
];

/** Statements and expressions of most kinds, for their positions (ASCII: CPython's byte columns are character columns). */
const POSITIONS = `import os, sys as s
from . import (a, b as c,)
x = y = (1, 2)
x, *y = 1,
a.b[c] += f(x for x in y)
z: int = 3
(a + b) * c ** -d
if a and b or not c:
    pass
elif x < y <= z:
    x = lambda q, *r, t=1, **kw: q
else:
    del a, (b), [c]
@dec(1)
@ dec2
class C(B, metaclass=M):
    '''doc'''
    async def f(self, a: int = 1, /, b=2, *, c, d: str = "x", **e) -> None:
        await g()
        async for i in x: yield i
        async with a as (b, c), d: return
try:
    raise E from e
except (A, B) as e:
    assert x, "m"
except:
    pass
else:
    global g
finally:
    nonlocal n
while x: break
for a, b in c:
    continue
else:
    ...
with (open(a) as f, open(b) as g):
    {1: 2, **d}; {1, 2}; [x for x in y if z]; {k: v for k, v in d}; {x async for x in y}
s = ("abc"
     "def") + b"x" b'y' if a else x[1:2, ::3, :]
r = (yield)
r = yield from f(*a, **k)
print((yield x), (x := 3), [*a, *b], f(a)(b).c[d])
def g(): return
match (a, *b):
    case [1, -2, 3+4j, -1.5-2j, "s" "t", None, True, *rest] if x > 1:
        pass
    case {"k": v, 1: _, a.b: [], **kw}:
        pass
    case Point(1, y=2, z=(3 | 4 as q)) | a.b.c() | (1, 2,) | ():
        pass
    case 1, *_, :
        pass
    case x:
        pass
    case _:
        pass
match x:
    case Point(1, y=2, z=(3 | 4 as q)) | a.b.c() | (1, 2,) | () | {} | [*_] | (*x,) | {**r,} | -0j | 1-0j | b"x" | C(a, b,):
        pass
    case {None: 1, True: 2, -1: 3, "x" "y": 4}:
        pass
match = 1
match.x = match(1)
match[1]: int = 3
print(match, match := 2)
def f():
    match x, y:
        case (1, 2): return 1
    match -x:
        case _: pass
    match x,:
        case [a]: pass
    x = 1
x = f"a{b!r:>{w}} {{c}} {d=} {e = !s:3}"
y = (f'''
  text {
  foo} and {bar
  + 1}
     z {baz}''')
z = u"a" f"{x}" "b" f"" 'c'
w = U"a" "b"
v = f"{x:}" f"{ (a, b) }" f"{x, y}" f"{f'{q}'}"
if 1:
    s = f"""{a}
    {b} {
c}"""
`;

/** CPython's positions of every located node, walked as dumpPositions walks (columns converted from UTF-8 bytes to characters). */
const POSITIONS_SCRIPT = `import ast, json, sys
KINDS = (ast.expr, ast.stmt, ast.pattern)
for p in sys.argv[1:]:
  src = open(p, encoding='utf-8').read()
  lines = [l.encode() for l in src.split('\\n')]
  ch = lambda line, off: len(lines[line - 1][:off].decode('utf-8', 'replace'))
  out = []
  def walk(n):
    if isinstance(n, (ast.excepthandler, ast.arg, ast.keyword)): out.append(f'{type(n).__name__} {n.lineno} {ch(n.lineno, n.col_offset)}')
    elif isinstance(n, KINDS): out.append(f'{type(n).__name__} {n.lineno} {ch(n.lineno, n.col_offset)} {n.end_lineno} {ch(n.end_lineno, n.end_col_offset)}')
    for c in ast.iter_child_nodes(n): walk(c)
  walk(ast.parse(src))
  print(json.dumps('\\n'.join(out)))`;

const dir = tmpDir("python-parser");
const input = path.join(dir, "expressions.jsonl");
fs.writeFileSync(input, [...EXPRESSIONS, ...STRING_ERRORS].map((e) => JSON.stringify(e)).join("\n") + "\n");
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
    const all = [...EXPRESSIONS, ...STRING_ERRORS];
    r.stdout.split("\n").forEach((line, i) => expect([all[i], line.startsWith("SyntaxError")]).toEqual([all[i], want[i]?.startsWith("SyntaxError") ?? false]));
    // the string errors' wording (not their offsets: in eval mode CPython's are one less at the end of the input)
    const message = (line: string): string => line.replace(/ \(\d+, \d+\)$/, "");
    const lines = r.stdout.split("\n");
    STRING_ERRORS.forEach((src, k) => {
      const i = EXPRESSIONS.length + k;
      expect([src, message(lines[i])]).toEqual([src, message(want[i])]);
    });
  });

  it("parses the standard library as ast.parse does (every module)", () => {
    const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
    // python3's own standard library, and the system's if it has another
    const dirs = [stdlib, ...["/usr/lib/python3.11"].filter((d) => fs.existsSync(d) && fs.realpathSync(d) !== fs.realpathSync(stdlib))];
    const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".py")).sort().map((f) => path.join(d, f)));
    const script = "import ast, json, sys\nfor p in sys.argv[1:]:\n  print(json.dumps(ast.dump(ast.parse(open(p, encoding='utf-8').read()))))";
    const ref = execFileSync("python3", ["-W", "ignore", "-c", script, ...files], { encoding: "utf8", maxBuffer: 1 << 30 }).trim().split("\n").map((l) => JSON.parse(l) as string);
    let same = 0;
    const different: string[] = [];
    files.forEach((f, i) => {
      let got: string;
      try {
        got = dumpModule(parseModule(fs.readFileSync(f, "utf8")));
      } catch (e) {
        got = `${(e as Error).name}: ${(e as Error).message}`;
      }
      if (got === ref[i]) same++;
      else different.push(f);
    });
    expect(different).toEqual([]);
    expect(same).toBeGreaterThanOrEqual(168);
  });

  it("gives nodes CPython's positions (lineno, col_offset, end_lineno, end_col_offset)", () => {
    const sample = path.join(dir, "positions.py");
    fs.writeFileSync(sample, POSITIONS);
    const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
    const files = [sample, ...["heapq.py", "textwrap.py", "argparse.py", "dataclasses.py", "traceback.py", "typing.py"].map((m) => path.join(stdlib, m))];
    const ref = execFileSync("python3", ["-W", "ignore", "-c", POSITIONS_SCRIPT, ...files], { encoding: "utf8", maxBuffer: 1 << 30 }).trim().split("\n").map((l) => JSON.parse(l) as string);
    expect(ref[0].split("\n").length).toBeGreaterThan(400);
    files.forEach((f, i) => {
      const got = dumpPositions(parseModule(fs.readFileSync(f, "utf8")));
      if (got === ref[i]) return;
      const [g, r] = [got.split("\n"), ref[i].split("\n")];
      let k = 0;
      while (g[k] === r[k]) k++;
      expect([f, k, g[k]]).toEqual([f, k, r[k]]); // (the first node that differs)
    });
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
    // and the positions of the sample's nodes
    const sample = path.join(dir, "positions.py");
    fs.writeFileSync(sample, POSITIONS);
    expect(run(exe, ["--positions", sample]).stdout).toBe(rts(["run", "tests/python/driver.ts", "--positions", sample]).stdout);
  });
});
