// Random (pattern, flags, input) triples for the regex engine's differential
// test against V8: patterns from JavaScript's grammar over a small alphabet
// (so matches, backtracking, empty iterations and backreferences are common),
// inputs from the same alphabet plus what classes and anchors look at.
import fc from "fast-check";

const ALPHABET = ["a", "b", "c", "A", "B", "1", "2", " ", "-", "\n", "_", "é", "😀"];

const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "b", "c", "A", "1", " ", "-", "é", "\\n", "\\u00e9", "\\x41") },
  { weight: 2, arbitrary: fc.constantFrom(".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S") },
  { weight: 2, arbitrary: fc.constantFrom("[abc]", "[^a]", "[a-c1]", "[\\d-]", "[^\\s]", "[A-Z_]", "[é😀]", "[\\w\\s]", "[]", "[^]") },
  { weight: 1, arbitrary: fc.constantFrom("^", "$", "\\b", "\\B") },
);

const pattern: fc.Arbitrary<string> = fc.letrec<{ term: string; quantified: string; seq: string; alt: string }>((tie) => ({
  term: fc.oneof(
    { weight: 5, arbitrary: atom },
    { weight: 2, arbitrary: fc.tuple(tie("alt"), fc.constantFrom("(", "(?:", "(?<n>")).map(([p, open]) => `${open}${p})`) },
    { weight: 1, arbitrary: fc.tuple(tie("alt"), fc.constantFrom("(?=", "(?!", "(?<=", "(?<!")).map(([p, open]) => `${open}${p})`) },
    { weight: 1, arbitrary: fc.constantFrom("\\1", "\\2", "\\k<n>") },
  ),
  quantified: fc.tuple(tie("term"), fc.constantFrom("", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?", "??", "{1,2}?")).map(([t, q]) =>
    /^(\^|\$|\\b|\\B|\(\?<?[=!].*)$/.test(t) && q !== "" ? t : `${t}${q}`),
  seq: fc.array(tie("quantified"), { minLength: 1, maxLength: 4, depthIdentifier: "re" }).map((ts) => ts.join("")),
  alt: fc.array(tie("seq"), { minLength: 1, maxLength: 3, depthIdentifier: "re" }).map((ss) => ss.join("|")),
})).alt;

const flags = fc.constantFrom("", "", "i", "g", "m", "s", "u", "iu", "gy", "im", "y");
const input = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 10 }).map((cs) => cs.join(""));

export interface RegexCase {
  source: string;
  flags: string;
  inputs: string[];
}

export function regexCases(n: number, seed: number): RegexCase[] {
  return fc.sample(fc.record({ source: pattern, flags, inputs: fc.array(input, { minLength: 1, maxLength: 4 }) }), { numRuns: n, seed });
}
