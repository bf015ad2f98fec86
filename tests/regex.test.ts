// The regex engine (rts/rlib/regex, RTS code run here on Node) against V8
// on generated (pattern, flags, input) triples: the same SyntaxError, or the
// same exec results (groups, index, named groups, lastIndex for g/y), and
// the same replace and split results.
import { describe, expect, it } from "vitest";
import { Regex, compileRegex, regexExec, regexReplace, regexSplit } from "../framework/rlib/regex/index.ts";
import { regexCases } from "./regex/generate.ts";

function v8(source: string, flags: string, inputs: string[]): string {
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    return `SyntaxError: ${(e as Error).message}`;
  }
  const out: unknown[] = [];
  for (const s of inputs) {
    const m = re.exec(s);
    out.push(m === null ? null : [...m, m.index, m.groups ?? null], re.lastIndex);
    out.push(s.replace(re, "<$&|$1|$`>"), s.split(re, 5));
  }
  return JSON.stringify(out);
}

function rts(source: string, flags: string, inputs: string[]): string {
  let re: Regex;
  try {
    re = new Regex(source, flags, compileRegex(source, flags));
  } catch (e) {
    return `SyntaxError: ${(e as Error).message}`;
  }
  const out: unknown[] = [];
  for (const s of inputs) {
    const m = regexExec(re, s);
    out.push(m === null ? null : [...m.items, m.index, m.groups === undefined ? null : Object.fromEntries(m.groups)], re.lastIndex);
    out.push(regexReplace(s, re, "<$&|$1|$`>"), regexSplit(s, re, 5));
  }
  return JSON.stringify(out);
}

describe("regex engine vs V8", () => {
  it("agrees on 4000 generated patterns", () => {
    const mismatches: string[] = [];
    for (const c of regexCases(4000, 20261204)) {
      const want = v8(c.source, c.flags, c.inputs);
      const got = rts(c.source, c.flags, c.inputs);
      if (want !== got) mismatches.push(`/${c.source}/${c.flags} on ${JSON.stringify(c.inputs)}\n  V8:  ${want}\n  RTS: ${got}`);
    }
    expect(mismatches.length + " mismatches\n" + mismatches.slice(0, 8).join("\n")).toBe("0 mismatches\n");
  });
});
