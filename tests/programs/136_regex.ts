// Regular expressions (rts/rlib/regex, compiled at translation time when known then):
// literals and new RegExp, test/exec with lastIndex, named groups, lookaround, backreferences,
// the String methods that take one (split, replace with $ patterns and functions, match, matchAll, search)
const WORD = /\b([a-z]+)\b/gi;
export function basics(): void {
  const re = /(\d+)-(\d+)/;
  console.log(re.test("a 12-34 b"), re.test("none"));
  const m = re.exec("x 5-77 y");
  if (m !== null) console.log(m[0], m[1], m[2], m.index, m.length, m.input);
  let w: RegExpExecArray | null;
  const found: string[] = [];
  while ((w = WORD.exec("Hello big World")) !== null) found.push(`${w[1]}@${w.index}`);
  console.log(found.join(" "), WORD.lastIndex);
  const named = /(?<year>\d{4})-(?<month>\d\d)/.exec("on 2024-05");
  console.log(named?.groups?.year, named?.groups?.month);
  return;
}
const KV_RE = /(\w+)=("[^"]*"|\S+)/g;
export function main(argv: string[]): number {
  const text = "The quick brown fox, the lazy dog. THE END";
  console.log(text.split(/\s+/), text.split(/[,.]\s*/, 2), "a1b2c3".split(/(\d)/));
  console.log(text.replace(/the/gi, "X"), text.replace(/(\w+) (\w+)/, "$2 $1"), text.replaceAll(/o/g, "0"));
  console.log(String(text.match(/\b[A-Z]+\b/g)), text.match(/(qu)(ick)/)?.[2], text.match(/zzz/) === null, text.search(/fox/), `${/(a)(x)?/.exec("ab")}`);
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  console.log(words.length, words.join("|"));
  for (const m of "k1=v1 k2=\"two words\" k3=3".matchAll(KV_RE)) console.log(m[1], m[2], m.index);
  const times = [..."at T10:20:30 and T01:02:03".matchAll(/T(\d{2}):(\d{2}):(\d{2})/g)].map(([, h, mm, s]) => Number(h) * 3600 + Number(mm) * 60 + Number(s));
  console.log(times);
  console.log("3a2b".replace(/(\d+)(\D)/g, (_, n: string, ch: string) => ch.repeat(Number(n))));
  console.log("hello world".replace(/[a-z]/g, (ch) => ch.toUpperCase()), "x-1 y-22".replace(/\d+/g, (d, off: number) => `${d}@${off}`));
  const ip = /\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b/g;
  console.log("from 10.0.0.1 to 192.168.1.20".replace(ip, "$1.$2.x.x"), ip.source, ip.flags, ip.global, String(ip));
  const re = new RegExp("^(" + ["if", "else", "while"].join("|") + ")$");
  console.log(re.test("while"), re.test("whilst"), `${re}`);
  try {
    new RegExp("(unclosed");
  } catch (e) {
    console.log(e instanceof SyntaxError, (e as Error).message);
  }
  const g = /a(?<x>b)?/.exec("ac");
  console.log(g?.[1], g?.groups?.x, g?.length);
  basics();
  table();
  return 0;
}

const TABLE: [string, string, string[]][] = [
  ["a|ab|abc", "", ["abc", "xabcx"]],
  ["(a+)(b*)c", "", ["aabbc", "ac", "xaaacz"]],
  ["(a*)*b", "", ["aaab", "aaa"]],
  ["\\bfoo\\b", "i", ["a FOO b", "foobar"]],
  ["(?<=\\$)\\d+", "", ["cost $42 and 7"]],
  ["(?<!\\$)\\b\\d+", "", ["cost $42 and 7"]],
  ["(\\w)\\1", "", ["hello", "abc"]],
  ["(z)((a+)?(b+)?(c))*", "", ["zaacbbbcac"]],
  ["((a)|(b))+", "", ["ab"]],
  ["(?<=(\\d+)(\\d+))$", "", ["1053"]],
  ["^.*$", "m", ["line1\nline2"]],
  [".", "su", ["😀x"]],
  ["ſ", "i", ["s S ſ"]],
  ["[^\\s]+", "gu", ["é 😀 ok"]],
];

export function table(): void {
  for (const [src, flags, inputs] of TABLE) {
    const re = new RegExp(src, flags);
    for (const s of inputs) {
      const m = re.exec(s);
      console.log(`/${src}/${flags}`, JSON_like(s), m === null ? "null" : `${[...m].map((x) => (x === undefined ? "-" : x)).join("|")} @${m.index}`, re.lastIndex);
    }
  }
}

function JSON_like(s: string): string {
  return "'" + s.replace(/\n/g, "\\n") + "'";
}
