// Generates unicode_tables.h: the Unicode data the C runtime needs to do what
// Node does, taken from Node itself (its ICU), so that the tables and Node
// agree by construction:
//   - toUpperCase / toLowerCase: single code point mappings as ranges with a
//     delta, the mappings to several code points, and the Cased and
//     Case_Ignorable sets for the context-dependent final sigma;
//   - the display width of each code point (util.inspect lines up grouped
//     array entries by it).
// Run with `npm run gen:unicode` after a Node upgrade; the generator checks its
// own tables against Node on random strings before writing.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "unicode_tables.h");
const MAX = 0x10ffff;

// ---- Node's own string width (internal; needs --expose-internals) ------------------------
const require = createRequire(import.meta.url);
let nodeWidth: (s: string) => number;
try {
  const inspect = require("internal/util/inspect") as { getStringWidth(s: string, removeControlChars: boolean): number };
  nodeWidth = (s) => inspect.getStringWidth(s, false);
} catch {
  throw new Error("run with node --expose-internals (npm run gen:unicode does)");
}

const cp = (c: number): string => String.fromCodePoint(c);
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const codePoints = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
};

// ---- case mapping ------------------------------------------------------------------
interface DeltaRange {
  lo: number;
  hi: number;
  delta: number;
  stride: number;
}

/** Mappings of one code point to one code point, as ranges of equal delta (stride 1 or 2), and the rest. */
function caseTables(map: (s: string) => string): { ranges: DeltaRange[]; special: [number, number[]][] } {
  const simple: [number, number][] = [];
  const special: [number, number[]][] = [];
  for (let c = 0; c <= MAX; c++) {
    if (isSurrogate(c)) continue;
    const m = map(cp(c));
    if (m === cp(c)) continue;
    const cps = codePoints(m);
    if (cps.length === 1) simple.push([c, cps[0]]);
    else special.push([c, [...m].flatMap((ch) => [...Array(ch.length).keys()].map((k) => ch.charCodeAt(k)))]);
  }
  const ranges: DeltaRange[] = [];
  for (const [c, m] of simple) {
    const last = ranges[ranges.length - 1];
    const delta = m - c;
    if (last && last.delta === delta) {
      const stride = c - last.hi;
      if ((last.lo === last.hi && (stride === 1 || stride === 2)) || stride === last.stride) {
        last.stride = stride;
        last.hi = c;
        continue;
      }
    }
    ranges.push({ lo: c, hi: c, delta, stride: 1 });
  }
  // the C code finds a code point's range by binary search: the ranges must not overlap
  ranges.forEach((r, i) => {
    if (i > 0 && ranges[i - 1].hi >= r.lo) throw new Error(`overlapping case ranges at ${r.lo.toString(16)}`);
  });
  return { ranges, special };
}

/** Code points with a binary property, as [lo, hi] ranges. */
function propertyRanges(re: RegExp): [number, number][] {
  const out: [number, number][] = [];
  for (let c = 0; c <= MAX; c++) {
    if (isSurrogate(c) || !re.test(cp(c))) continue;
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

// ---- widths ---------------------------------------------------------------------------
/** Code points from U+007F up whose width is not 1, as [lo, hi, width] ranges. */
function widthRanges(): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let c = 0x7f; c <= MAX; c++) {
    const w = nodeWidth(cp(c));
    if (w === 1) continue;
    const last = out[out.length - 1];
    if (last && last[1] === c - 1 && last[2] === w) last[1] = c;
    else out.push([c, c, w]);
  }
  return out;
}

// ---- models of the C code, checked against Node -----------------------------------------
function inRanges(ranges: readonly (readonly number[])[], c: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[mid][0]) hi = mid - 1;
    else if (c > ranges[mid][1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function mapModel(s: string, t: ReturnType<typeof caseTables>, lower: boolean, cased: [number, number][], ignorable: [number, number][]): string {
  const cps = codePoints(s);
  let out = "";
  const isCased = (c: number): boolean => inRanges(cased, c) >= 0;
  const isIgnorable = (c: number): boolean => inRanges(ignorable, c) >= 0;
  cps.forEach((c, i) => {
    if (lower && c === 0x3a3) {
      let before = false;
      for (let j = i - 1; j >= 0; j--) {
        if (isIgnorable(cps[j])) continue;
        before = isCased(cps[j]);
        break;
      }
      let after = false;
      for (let j = i + 1; j < cps.length; j++) {
        if (isIgnorable(cps[j])) continue;
        after = isCased(cps[j]);
        break;
      }
      out += before && !after ? "\u03c2" : "\u03c3";
      return;
    }
    const sp = t.special.find(([k]) => k === c);
    if (sp) {
      out += String.fromCharCode(...sp[1]);
      return;
    }
    const r = t.ranges.find((x) => c >= x.lo && c <= x.hi && (c - x.lo) % x.stride === 0);
    out += r ? cp(c + r.delta) : isSurrogate(c) ? String.fromCharCode(c) : cp(c);
  });
  return out;
}

function widthModel(s: string, widths: [number, number, number][]): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 127) {
      w += c >= 32 ? 1 : 0;
      continue;
    }
    for (const p of codePoints(s.slice(i))) {
      const k = inRanges(widths, p);
      w += k >= 0 ? widths[k][2] : 1;
    }
    break;
  }
  return w;
}

function check(upper: ReturnType<typeof caseTables>, lower: ReturnType<typeof caseTables>, cased: [number, number][], ignorable: [number, number][], widths: [number, number, number][]): void {
  const pool = ["a", "Z", "Σ", "σ", "ς", " ", "'", "\u0301", "\u00ad", "İ", "ß", "ŉ", "ﬀ", "ǅ", "Ω", "😀", "𐐨", "𐐀", "中", "\uD800", "\uDC00", "\uFEFF", "\u200B", "e", "1", ".", "ᾳ", "ΐ", "\u0345"];
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 20000; k++) {
    let s = "";
    const n = rnd(8);
    for (let j = 0; j < n; j++) s += rnd(4) === 0 ? cp(rnd(0x3000)) : pool[rnd(pool.length)];
    const cases: [string, string, string][] = [
      ["toUpperCase", s.toUpperCase(), mapModel(s, upper, false, cased, ignorable)],
      ["toLowerCase", s.toLowerCase(), mapModel(s, lower, true, cased, ignorable)],
    ];
    for (const [what, want, got] of cases) {
      if (want !== got) throw new Error(`${what} of ${JSON.stringify(s)}: Node ${JSON.stringify(want)}, tables ${JSON.stringify(got)}`);
    }
    const quoted = `'${s}'`;
    if (nodeWidth(quoted) !== widthModel(quoted, widths)) throw new Error(`width of ${JSON.stringify(quoted)}: Node ${nodeWidth(quoted)}, tables ${widthModel(quoted, widths)}`);
  }
}

// ---- output -------------------------------------------------------------------------
const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;

function emit(): string {
  const upper = caseTables((s) => s.toUpperCase());
  const lower = caseTables((s) => s.toLowerCase());
  const cased = propertyRanges(/\p{Cased}/u);
  const ignorable = propertyRanges(/\p{Case_Ignorable}/u);
  const widths = widthRanges();
  check(upper, lower, cased, ignorable, widths);
  const deltas = (name: string, rs: DeltaRange[]): string =>
    `static const rts_case_range ${name}[${rs.length}] = {\n${rs.map((r) => `  {${hex(r.lo)}, ${hex(r.hi)}, ${r.delta}, ${r.stride}},`).join("\n")}\n};`;
  const specials = (name: string, sp: [number, number[]][]): string =>
    `static const rts_case_special ${name}[${sp.length}] = {\n${sp.map(([c, u]) => `  {${hex(c)}, ${u.length}, {${u.map(hex).join(", ")}}},`).join("\n")}\n};`;
  const ranges = (name: string, rs: [number, number][]): string =>
    `static const rts_cp_range ${name}[${rs.length}] = {\n${rs.map(([a, b]) => `  {${hex(a)}, ${hex(b)}},`).join("\n")}\n};`;
  const maxSpecial = Math.max(...[...upper.special, ...lower.special].map(([, u]) => u.length));
  return [
    `/* Generated by gen-unicode.ts from Node ${process.version} (ICU ${process.versions.icu}, Unicode ${process.versions.unicode}): do not edit. */`,
    "#ifndef RTS_UNICODE_TABLES_H",
    "#define RTS_UNICODE_TABLES_H",
    "#include <stdint.h>",
    "typedef struct { uint32_t lo, hi; int32_t delta; uint32_t stride; } rts_case_range;",
    `typedef struct { uint32_t cp; uint32_t n; uint16_t units[${maxSpecial}]; } rts_case_special;`,
    "typedef struct { uint32_t lo, hi; } rts_cp_range;",
    "typedef struct { uint32_t lo, hi, width; } rts_width_range;",
    deltas("rts_upper_ranges", upper.ranges),
    specials("rts_upper_special", upper.special),
    deltas("rts_lower_ranges", lower.ranges),
    specials("rts_lower_special", lower.special),
    ranges("rts_cased", cased),
    ranges("rts_case_ignorable", ignorable),
    `static const rts_width_range rts_widths[${widths.length}] = {\n${widths.map(([a, b, w]) => `  {${hex(a)}, ${hex(b)}, ${w}},`).join("\n")}\n};`,
    "#endif",
    "",
  ].join("\n");
}

fs.writeFileSync(OUT, emit());
console.log(`wrote ${OUT}`);
