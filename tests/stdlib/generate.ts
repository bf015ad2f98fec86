// The stdlib conformance programs: for every member in frontend/stdlib.ts,
// RTS programs that call it with arguments drawn by fast-check (edge values
// included: out-of-range and negative positions, NaN, -0, infinities, empty
// strings, lone and paired surrogates, format directives).  Each program
// prints "#N" before case N, so a mismatch between modes names the call.
// Arguments live in module-level pools (read at run time, so nothing is
// constant-folded); each case is a row of pool indices in a table.
import fc from "fast-check";
import { STDLIB, memberTitle, type StdlibMember, type StdlibParam } from "../../framework/frontend/stdlib.ts";

export interface StdlibProgram {
  name: string;
  source: string;
  /** What case N calls (for messages). */
  cases: string[];
  /** The members the program covers. */
  members: Set<string>;
}

/** A pool of values of one RTS type, declared at module level. */
interface Pool {
  readonly name: string;
  readonly type: string;
  readonly literal: (v: unknown) => string;
  readonly values: unknown[];
  readonly index: Map<string, number>;
}

function numLiteral(v: unknown): string {
  const n = v as number;
  if (Object.is(n, -0)) return "-0";
  return String(n);
}

const keyOf = (v: unknown): string => (typeof v === "number" && Object.is(v, -0) ? "-0" : JSON.stringify(v) ?? String(v));

// ---- value arbitraries ------------------------------------------------------------------
const CHARS = ["a", "b", "A", "Z", " ", "-", "1", "0", ".", ",", "e", "x", "\t", "\n", "é", "ß", "Σ", "σ", "ς", "İ", "ŉ", "ﬀ", "ǅ", "😀", "\uD800", "\uDC00", "\u00A0", "\uFEFF", "\u2028", "%s", "%d", "%i", "%f", "%o", "%%", "%c", "'", '"', "\\", "`", "Ω", "ω", "ﬃ", "$", "$&", "$`", "$'", "$$", "$1", "$<a>"];
const SPECIAL_STRINGS = ["", " 12 ", "0x1F", "1e3", "-0", "Infinity", "-Infinity", "NaN", "12abc", ".5", "5.", "+3", "1_000", "0b11", "0o17", " \n\t", "3.14159", "1e400", "-1e-400", "9007199254740993", "abc", "a,b,,c", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "  -42  ", "0.1", "-.5e-3", "\u00A012\uFEFF", "z", "36", "ff"];
const str = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map((xs) => xs.join("")) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
);
const SAFE = Number.MAX_SAFE_INTEGER;
const int = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -12, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 32 + 1, SAFE, -SAFE, 2 ** 40, 100, 101, 36, 37) },
);
const float = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -20, max: 20, noNaN: true }) },
  { weight: 3, arbitrary: fc.constantFrom(NaN, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53 + 2, 0.1 + 0.2, 123.456, -1e300, 5e-324, 2 ** 63, 4.35, 1.005, 0.000001) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
);
const smallKey = fc.integer({ min: -2, max: 6 });
const shortStr = fc.constantFrom("", "a", "b", "ab", "é", "😀", "x y");

/** Builds one conformance program. */
class ProgramBuilder {
  private pools = new Map<string, Pool>();
  private decls: string[] = [];
  private fns: string[] = [];
  readonly cases: string[] = [];
  readonly members = new Set<string>();

  constructor(readonly name: string, private readonly rng: { seed: number; n: number }) {
    this.pool("S", "string[]", (v) => JSON.stringify(v));
    this.pool("I", "number[]", numLiteral);
    this.pool("F", "number[]", numLiteral);
    this.pool("R", "RegExp[]", (v) => v as string);
    // keep F a float pool and I an int pool whatever is drawn
    this.intern("F", NaN);
    this.intern("I", 0);
  }

  pool(name: string, type: string, literal: (v: unknown) => string): void {
    this.pools.set(name, { name, type, literal, values: [], index: new Map() });
  }

  intern(pool: string, v: unknown): number {
    const p = this.pools.get(pool)!;
    const k = keyOf(v);
    let i = p.index.get(k);
    if (i === undefined) {
      i = p.values.length;
      p.values.push(v);
      p.index.set(k, i);
    }
    return i;
  }

  /**
   * One table of cases: `draw` gives each case's values (pool, value) pairs,
   * `body` the statements of a case from the pool reads (`S[row[1]]`...).
   */
  variant<T extends [string, unknown][]>(title: string, member: string, draw: fc.Arbitrary<T>, body: (args: string[]) => string, describe: (vals: unknown[]) => string): void {
    this.members.add(member);
    const rows: number[][] = [];
    const samples = fc.sample(draw, { seed: this.rng.seed + this.fns.length * 7919, numRuns: this.rng.n });
    for (const s of samples) {
      const n = this.cases.length;
      this.cases.push(`${title}: ${describe(s.map(([, v]) => v))}`);
      rows.push([n, ...s.map(([pool, v]) => this.intern(pool, v))]);
    }
    this.emitTable(rows, body(drawPools(samples[0]).map((pool, i) => `${pool}[row[${i + 1}]]`)));
  }

  /** A case table with a fixed body (no pool arguments): `n` rows. */
  fixed(title: string, member: string, body: string): void {
    this.members.add(member);
    const n = this.cases.length;
    this.cases.push(title);
    this.emitTable([[n]], body);
  }

  private emitTable(rows: number[][], body: string): void {
    const k = this.fns.length;
    this.decls.push(`const R${k}: number[][] = [${rows.map((r) => `[${r.join(", ")}]`).join(", ")}];`);
    this.fns.push(
      `function t${k}(): void {\n  for (const row of R${k}) {\n    console.log("#" + row[0]);\n    try {\n${body.replace(/^/gm, "      ")}\n    } catch (e) {\n      report(e as Error);\n    }\n  }\n}`,
    );
  }

  source(): string {
    const pools = [...this.pools.values()].map((p) => `const ${p.name}: ${p.type} = [${p.values.map(p.literal).join(", ")}];`);
    return [
      `// Generated by tests/stdlib/generate.ts (the stdlib conformance suite): ${this.name}.`,
      ...pools,
      ...this.decls,
      "function report(e: Error): void {",
      '  if (e instanceof RangeError) console.log("RangeError: " + e.message);',
      '  else if (e instanceof TypeError) console.log("TypeError: " + e.message);',
      '  else console.log("Error: " + e.message);',
      "}",
      ...this.fns,
      "export function main(argv: string[]): number {",
      ...this.fns.map((_, k) => `  t${k}();`),
      "  return 0;",
      "}",
      "",
    ].join("\n");
  }
}

function drawPools(s: [string, unknown][] | undefined): string[] {
  return (s ?? []).map(([pool]) => pool);
}

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(show).join(", ")}]` : numLiteral(v));

// ---- argument shapes -----------------------------------------------------------------
type NumMode = "I" | "F" | "M";

/** The pool and arbitrary of a parameter of a simple kind; null for kinds handled by the caller. */
function simpleParam(p: StdlibParam, mode: NumMode, position: number): [string, fc.Arbitrary<unknown>] | null {
  if (p.kind === "str") return ["S", str];
  if (p.kind === "int" || p.kind === "num") {
    const useFloat = mode === "F" || (mode === "M" && position % 2 === 1);
    return useFloat ? ["F", float] : ["I", int];
  }
  return null;
}

/** Every argument count a call may use, with one of each numeric mode that matters. */
function shapes(params: readonly StdlibParam[]): { count: number; mode: NumMode }[] {
  const required = params.filter((p) => !p.optional).length;
  const max = params.some((p) => p.rest) ? Math.max(params.length + 1, 3) : params.length;
  const out: { count: number; mode: NumMode }[] = [];
  for (let count = required; count <= max; count++) {
    const at = (i: number): StdlibParam => params[Math.min(i, params.length - 1)];
    const numeric = Array.from({ length: count }, (_, i) => at(i)).filter((p) => p.kind === "int" || p.kind === "num").length;
    const modes: NumMode[] = numeric === 0 ? ["I"] : numeric === 1 ? ["I", "F"] : ["I", "F", "M"];
    for (const mode of modes) out.push({ count, mode });
  }
  return out;
}

function paramAt(params: readonly StdlibParam[], i: number): StdlibParam {
  return params[Math.min(i, params.length - 1)];
}

/** Calls of a member whose receiver and parameters are all simple (strings, numbers). */
function simpleCalls(b: ProgramBuilder, m: StdlibMember, recv: { pool: string; arb: fc.Arbitrary<unknown>; text: (r: string) => string } | null, call: (recv: string | null, args: string[]) => string): void {
  const title = memberTitle(m.owner, m.name);
  for (const { count, mode } of shapes(m.params!)) {
    const parts: [string, fc.Arbitrary<unknown>][] = [];
    if (recv) parts.push([recv.pool, recv.arb]);
    for (let i = 0; i < count; i++) {
      const sp = simpleParam(paramAt(m.params!, i), mode, i);
      if (!sp) throw new Error(`internal: ${title} has a parameter the generator cannot draw`);
      parts.push(sp);
    }
    const draw = fc.tuple(...parts.map(([pool, arb]) => arb.map((v): [string, unknown] => [pool, v])));
    b.variant(
      `${title}/${count}${mode}`,
      title,
      draw as fc.Arbitrary<[string, unknown][]>,
      (reads) => `console.log([${call(recv ? recv.text(reads[0]) : null, recv ? reads.slice(1) : reads)}]);`,
      (vals) => (recv ? `${show(vals[0])}.${m.name}(${vals.slice(1).map(show).join(", ")})` : `${title}(${vals.map(show).join(", ")})`),
    );
  }
}

// ---- the programs ---------------------------------------------------------------------
export function generatePrograms(seed: number, n: number): StdlibProgram[] {
  return [strings(seed, n), arrays(seed, n), collections(seed, n), numbers(seed, n)];
}

function finish(b: ProgramBuilder): StdlibProgram {
  return { name: b.name, source: b.source(), cases: b.cases, members: b.members };
}

function strings(seed: number, n: number): StdlibProgram {
  const b = new ProgramBuilder("strings", { seed, n });
  const recv = { pool: "S", arb: str, text: (r: string) => r };
  for (const m of STDLIB.filter((x) => x.owner === "string")) {
    if (m.params?.some((p) => p.kind === "regexp") || m.name === "localeCompare") continue; // below
    if (m.params === null) {
      b.variant("string.length", "string.length", fc.tuple(str.map((v): [string, unknown] => ["S", v])), ([s]) => `console.log(${s}.length);`, ([v]) => `${show(v)}.length`);
      continue;
    }
    simpleCalls(b, m, recv, (r, args) => `${r}.${m.name}(${args.join(", ")})`);
  }
  // replace/replaceAll with a pattern that occurs: a piece of the subject (random patterns rarely do), replacements with $ patterns
  const piece = fc.nat(6).map((v): [string, unknown] => ["I", v]);
  const subject = str.map((v): [string, unknown] => ["S", v]);
  const dollars = fc.array(fc.constantFrom("$", "$&", "$`", "$'", "$$", "$1", "$<a>", "x", "é"), { maxLength: 4 }).map((xs): [string, unknown] => ["S", xs.join("")]);
  for (const name of ["replace", "replaceAll"]) {
    b.variant(`string.${name}/piece`, `string.${name}`, fc.tuple(subject, piece, piece, dollars), ([s, a, c, r]) => `const p = ${s}.slice(${a}, ${c});\nconsole.log([${s}.${name}(p, ${r})]);`, ([s, a, c, r]) => `${show(s)}.${name}(${show(s)}.slice(${show(a)}, ${show(c)}), ${show(r)})`);
  }
  // the members that take a RegExp, with regexes from a pool (module-level RegExp objects; the engine itself is tests/regex.test.ts's)
  const regex = fc.constantFrom("/a/", "/a/g", "/[a-z]+/gi", "/(\\d)(x)?/", "/\\s+/g", "/(?<a>é)/u", "/$/g", "/(?:)/g", "/σ/i", "/./gsu", "/b|$/g", "/(%[sd])/g", "/(?<=\\$)./g", "/\\b/y").map((v): [string, unknown] => ["R", v]);
  const sr = fc.tuple(str.map((v): [string, unknown] => ["S", v]), regex);
  b.variant("string.match", "string.match", sr, ([s, r]) => `const m = ${s}.match(${r});\nconsole.log([m === null ? "null" : [...m].map((x) => x ?? "-").join("|") + "@" + m.index]);`, ([s, r]) => `${show(s)}.match(${r})`);
  b.variant("string.matchAll", "string.matchAll", sr, ([s, r]) => `try {\n  console.log([[...${s}.matchAll(${r})].map((m) => m[0] + "@" + m.index).join(",")]);\n} catch (e) {\n  console.log([(e as Error).message]);\n}`, ([s, r]) => `${show(s)}.matchAll(${r})`);
  b.variant("string.search", "string.search", sr, ([s, r]) => `console.log([${s}.search(${r})]);`, ([s, r]) => `${show(s)}.search(${r})`);
  // localeCompare matches V8 on ASCII (docs/rts.md): every ASCII character, ignorable controls and cases included
  const ascii = fc.array(fc.oneof(fc.constantFrom("a", "A", "b", "B", "-", "_", " ", "0", "1", "\t", "\u0001", "\u007f", "'"), fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c))), { maxLength: 5 }).map((xs): [string, unknown] => ["S", xs.join("")]);
  b.variant("string.localeCompare", "string.localeCompare", fc.tuple(ascii, ascii), ([s, t]) => `console.log([${s}.localeCompare(${t})]);`, ([s, t]) => `${show(s)}.localeCompare(${show(t)})`);
  // s[i] and String(s)-style conversions of strings
  b.variant("string[i]", "string.length", fc.tuple(str.map((v): [string, unknown] => ["S", v]), int.map((v): [string, unknown] => ["I", v])), ([s, i]) => `const c = ${s}[${i}];\nconsole.log([c === undefined ? "(undefined)" : c]);`, ([s, i]) => `${show(s)}[${show(i)}]`);
  return finish(b);
}

function numbers(seed: number, n: number): StdlibProgram {
  const b = new ProgramBuilder("numbers", { seed, n });
  for (const m of STDLIB.filter((x) => ["Math", "Number", "String", "global", "number", "boolean", "console"].includes(x.owner))) {
    const title = memberTitle(m.owner, m.name);
    if (m.params === null) {
      b.fixed(title, title, `console.log(${title});`);
      continue;
    }
    if (m.owner === "number") {
      for (const pool of ["I", "F"]) {
        const recv = { pool, arb: pool === "I" ? int : float, text: (r: string) => `(${r})` };
        simpleCalls(b, m, recv, (r, args) => `${r}.${m.name}(${args.join(", ")})`);
      }
      continue;
    }
    if (m.owner === "boolean") {
      b.variant(title, title, fc.tuple(int.map((v): [string, unknown] => ["I", v])), ([x]) => `console.log([(${x} > 0).toString()]);`, ([x]) => `(${show(x)} > 0).toString()`);
      continue;
    }
    if (title === "Math.random") {
      b.fixed(title, title, "const r = Math.random();\nconsole.log(r >= 0 && r < 1);");
      continue;
    }
    if (title === "console.log") {
      consoleLog(b);
      continue;
    }
    if (title === "Number" || title === "String") {
      // of each kind of value
      const kinds: [string, fc.Arbitrary<unknown>, (r: string) => string][] = [
        ["S", str, (r) => r],
        ["I", int, (r) => r],
        ["F", float, (r) => r],
        ["I", int, (r) => `${r} > 0`],
      ];
      for (const [pool, arb, text] of kinds) {
        b.variant(`${title}/${pool}`, title, fc.tuple(arb.map((v): [string, unknown] => [pool, v])), ([x]) => `console.log([${title}(${text(x)})]);`, ([x]) => `${title}(${show(x)})`);
      }
      if (title === "String") b.fixed("String()", title, "console.log([String()]);");
      continue;
    }
    simpleCalls(b, m, null, (_r, args) => `${title}(${args.join(", ")})`);
  }
  return finish(b);
}

/** console.log with format strings and several arguments of every printable kind. */
function consoleLog(b: ProgramBuilder): void {
  const parts: [string, fc.Arbitrary<unknown>][] = [["S", str], ["I", int], ["F", float], ["S", str]];
  b.variant("console.log/4", "console.log", fc.tuple(...parts.map(([pool, arb]) => arb.map((v): [string, unknown] => [pool, v]))), (r) => `console.log(${r.join(", ")});`, (vals) => `console.log(${vals.map(show).join(", ")})`);
  b.variant("console.log/format", "console.log", fc.tuple(str.map((v): [string, unknown] => ["S", v]), float.map((v): [string, unknown] => ["F", v])), ([s, x]) => `console.log(${s} + "%d|%i|%f|%s|%o", ${x}, ${x}, ${x}, ${x}, ${x});`, ([s, x]) => `console.log(${show(s)} + "%d|%i|%f|%s|%o", ${show(x)} x5)`);
  b.variant("console.log/nested", "console.log", fc.tuple(str.map((v): [string, unknown] => ["S", v]), int.map((v): [string, unknown] => ["I", v])), ([s, i]) => `console.log([[${s}, ${s}], [${s}]], [${i}]);`, ([s, i]) => `console.log([[${show(s)}, ...], [${show(i)}]])`);
}

function arrays(seed: number, n: number): StdlibProgram {
  const b = new ProgramBuilder("arrays", { seed, n });
  b.pool("AI", "number[][]", (v) => `[${(v as number[]).map(numLiteral).join(", ")}]`);
  b.pool("AF", "number[][]", (v) => `[${(v as number[]).map(numLiteral).join(", ")}]`);
  b.pool("AS", "string[][]", (v) => `[${(v as string[]).map((s) => JSON.stringify(s)).join(", ")}]`);
  b.intern("AF", [NaN]);
  const kinds: { arr: string; item: string; itemArb: fc.Arbitrary<unknown>; type: string }[] = [
    { arr: "AI", item: "I", itemArb: int, type: "number" },
    { arr: "AF", item: "F", itemArb: float, type: "number" },
    { arr: "AS", item: "S", itemArb: str, type: "string" },
  ];
  const CALLBACKS: Record<string, Record<string, string[]>> = {
    forEach: { I: ["(x, i) => out.push(x * 2 + i)"], F: ["(x) => out.push(x / 2)"], S: ["(x, i) => out.push(x + i)"] },
    map: { I: ["(x, i) => x * i", "(x) => x - 1"], F: ["(x) => Math.floor(x)"], S: ["(x) => x.length", "(x, i) => x + i"] },
    filter: { I: ["(x) => x > 0", "(x, i) => i % 2 === 0"], F: ["(x) => x < 1"], S: ["(x) => x.length > 1"] },
    some: { I: ["(x) => x > 5"], F: ["(x) => Number.isNaN(x)"], S: ["(x) => x === \"a\""] },
    every: { I: ["(x) => x > -5"], F: ["(x) => x === x"], S: ["(x) => x.length < 3"] },
    find: { I: ["(x) => x > 2"], F: ["(x) => x < 0"], S: ["(x) => x.length === 1"] },
    findIndex: { I: ["(x) => x > 2"], F: ["(x) => x !== x"], S: ["(x) => x === \"\""] },
    reduce: { I: ["(a, x) => a + x", "(a, x) => a * 2 + x, 0"], F: ["(a, x) => a + x, 0"], S: ["(a, x) => a + \"|\" + x", "(a, x) => a + x.length, 0"] },
    findLast: { I: ["(x) => x > 2", "(x, i) => i === 0"], F: ["(x) => x < 0"], S: ["(x) => x.length === 1"] },
    findLastIndex: { I: ["(x) => x > 2"], F: ["(x) => x !== x"], S: ["(x) => x === \"\""] },
    reduceRight: { I: ["(a, x) => a * 2 + x", "(a, x, i) => a * 3 + x - i, 0"], F: ["(a, x) => a - x, 0"], S: ["(a, x) => a + \"|\" + x", "(a, x) => a + x.length, 0"] },
    flatMap: { I: ["(x) => [x, x * 2]", "(x, i) => (i % 2 === 0 ? [x] : [])"], F: ["(x) => [x, -x]"], S: ["(x) => x.split(\"\")", "(x, i) => [x, String(i)]"] },
    flat: { I: [""], F: [""], S: [""] },
    sort: { I: ["", "(a, b) => a - b", "(a, b) => b - a"], F: ["", "(a, b) => a - b"], S: ["", "(a, b) => (a < b ? -1 : a > b ? 1 : 0)"] },
  };
  const MUTATES = new Set(["push", "pop", "shift", "unshift", "splice", "reverse", "sort", "forEach", "fill"]);
  for (const m of STDLIB.filter((x) => x.owner === "array")) {
    const title = memberTitle(m.owner, m.name);
    for (const k of kinds) {
      const arrArb = fc.array(k.itemArb, { maxLength: 7 }).map((v): [string, unknown] => [k.arr, v]);
      if (m.params === null) {
        b.variant(`${title}/${k.arr}`, title, fc.tuple(arrArb), ([a]) => `console.log(${a}.length);`, ([a]) => `${show(a)}.length`);
        continue;
      }
      const cbs = CALLBACKS[m.name];
      if (cbs) {
        for (const cb of cbs[k.item]) {
          const args = cb === "" ? "" : cb;
          const body = (a: string): string =>
            // flat() of an array of arrays made from the pool's array
            m.name === "flat" ? `console.log([${a}.map((x, i) => (i % 2 === 0 ? [x, x] : [])).flat()]);`
            : m.name === "forEach" ? `const out: ${k.type}[] = [];\nconst a = ${a}.slice();\na.forEach(${args});\nconsole.log(out);`
            : MUTATES.has(m.name) ? `const a = ${a}.slice();\nconst r = a.${m.name}(${args});\nconsole.log(r, a);`
            : `console.log([${a}.${m.name}(${args})]);`;
          b.variant(`${title}/${k.arr}(${cb})`, title, fc.tuple(arrArb), ([a]) => body(a), ([a]) => `${show(a)}.${m.name}(${cb})`);
        }
        continue;
      }
      for (const { count, mode } of shapes(m.params)) {
        const parts: fc.Arbitrary<[string, unknown]>[] = [arrArb];
        for (let i = 0; i < count; i++) {
          const p = paramAt(m.params, i);
          if (p.kind === "item") parts.push(fc.oneof(k.itemArb, arrArb.map(([, a]) => (a as unknown[])[0] ?? (k.item === "S" ? "" : 0))).map((v): [string, unknown] => [k.item, v]));
          else if (p.kind === "array") parts.push(arrArb);
          else {
            const sp = simpleParam(p, mode, i);
            if (!sp) throw new Error(`internal: ${title}: parameter ${p.name}`);
            parts.push(sp[1].map((v): [string, unknown] => [sp[0], v]));
          }
        }
        b.variant(
          `${title}/${k.arr}/${count}${mode}`,
          title,
          fc.tuple(...parts),
          ([a, ...args]) => (MUTATES.has(m.name) ? `const a = ${a}.slice();\nconst r = a.${m.name}(${args.join(", ")});\nconsole.log([r], a);` : `console.log([${a}.${m.name}(${args.join(", ")})]);`),
          ([a, ...args]) => `${show(a)}.${m.name}(${args.map(show).join(", ")})`,
        );
      }
    }
  }
  // typed arrays
  for (const ctor of ["Uint8Array", "Int32Array", "Float64Array"]) {
    for (const [pool, arb] of [["I", int], ["F", float]] as const) {
      b.variant(`typed array.fill/${ctor}/${pool}`, "typed array.fill", fc.tuple(fc.nat(5).map((v): [string, unknown] => ["I", v]), (arb as fc.Arbitrary<unknown>).map((v): [string, unknown] => [pool, v])), ([len, x]) => `const t = new ${ctor}(${len});\nt.fill(${x});\nconst out: number[] = [];\nfor (let i = 0; i < t.length; i++) out.push(t[i]);\nconsole.log(t.length, out);`, ([len, x]) => `new ${ctor}(${show(len)}).fill(${show(x)})`);
    }
  }
  b.members.add("typed array.length");
  return finish(b);
}

/** Maps and Sets: random sequences of operations, then the contents in order. */
function collections(seed: number, n: number): StdlibProgram {
  const b = new ProgramBuilder("collections", { seed, n });
  const OPS = ["set", "get", "has", "delete", "clear", "size"];
  for (const keys of ["I", "S"] as const) {
    const keyArb: fc.Arbitrary<unknown> = keys === "I" ? smallKey : shortStr;
    const seq = fc.array(fc.tuple(fc.nat(OPS.length - 1), keyArb, int), { minLength: 1, maxLength: 12 });
    for (const isSet of [false, true]) {
      const kt = keys === "I" ? "number" : "string";
      const make = isSet ? `new Set<${kt}>()` : `new Map<${kt}, number>()`;
      // one row per sequence: the ops are drawn as parallel pool lists
      const draw = seq.map((ops): [string, unknown][] => [["I", ops.length], ...ops.flatMap(([op, k, v]): [string, unknown][] => [["I", op], [keys, k], ["I", v]])]);
      b.variant(`${isSet ? "Set" : "Map"}<${kt}>`, isSet ? "Set.add" : "Map.set", draw, () => collectionBody(make, isSet, keys), (vals) => describeOps(vals, OPS, isSet));
      for (const name of isSet ? ["size", "add", "has", "delete", "clear", "keys", "values", "entries", "forEach"] : ["size", "get", "has", "delete", "clear", "keys", "values", "entries", "forEach"]) {
        b.members.add(`${isSet ? "Set" : "Map"}.${name}`);
      }
    }
  }
  return finish(b);
}

function collectionBody(make: string, isSet: boolean, keys: string): string {
  const set = isSet ? "m.add(key)" : "m.set(key, v)";
  const get = isSet ? "console.log(m.has(key))" : "console.log([m.get(key)])";
  return [
    `const m = ${make};`,
    "const n = I[row[1]];",
    "for (let j = 0; j < n; j++) {",
    "  const op = I[row[2 + 3 * j]];",
    `  const key = ${keys}[row[3 + 3 * j]];`,
    "  const v = I[row[4 + 3 * j]];",
    `  if (op === 0) ${set};`,
    `  else if (op === 1) ${get};`,
    "  else if (op === 2) console.log(m.has(key));",
    "  else if (op === 3) console.log(m.delete(key));",
    "  else if (op === 4) m.clear();",
    "  else console.log(m.size);",
    "}",
    "console.log(m);",
    isSet ? "for (const k of m.values()) console.log([k]);" : "for (const [k, v] of m) console.log([k], v);",
    isSet ? "" : "for (const k of m.keys()) console.log([k]);",
    isSet ? "" : "for (const v of m.values()) console.log(v);",
    // forEach, then one that deletes as it goes (later entries deleted are not visited)
    isSet ? "m.forEach((v, k, self) => console.log([v], v === k, self.size));" : "m.forEach((v, k, self) => console.log([k], v, self.size));",
    isSet ? "m.forEach((v, k, self) => { console.log([v]); self.delete(v); });" : "m.forEach((v, k, self) => { console.log([k]); if (v % 3 === 0) self.clear(); else self.delete(k); });",
    "console.log(m.size);",
  ].filter((l) => l !== "").join("\n");
}

function describeOps(vals: unknown[], ops: string[], isSet: boolean): string {
  const out: string[] = [];
  for (let j = 0; j < (vals[0] as number); j++) {
    const op = ops[vals[1 + 3 * j] as number];
    const k = show(vals[2 + 3 * j]);
    out.push(op === "set" ? (isSet ? `add(${k})` : `set(${k}, ${show(vals[3 + 3 * j])})`) : op === "clear" || op === "size" ? op : `${op}(${k})`);
  }
  return out.join("; ");
}
