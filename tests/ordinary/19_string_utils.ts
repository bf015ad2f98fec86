// String utilities: padding/centering, reversing, palindromes, Caesar and Vigenere ciphers,
// run-length encoding, case conversions, word wrapping and a text table.

const reverse = (s: string): string => [...s].reverse().join("");

function center(s: string, width: number, fill = " "): string {
  const total = Math.max(0, width - s.length);
  const left = Math.floor(total / 2);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function isPalindrome(s: string): boolean {
  const cleaned = s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return cleaned.length > 0 && cleaned === reverse(cleaned);
}

function longestPalindromicSubstring(s: string): string {
  let best = "";
  for (let center = 0; center < s.length; center++) {
    for (const [lo0, hi0] of [[center, center], [center, center + 1]]) {
      let lo = lo0, hi = hi0;
      while (lo >= 0 && hi < s.length && s[lo] === s[hi]) { lo--; hi++; }
      if (hi - lo - 1 > best.length) best = s.slice(lo + 1, hi);
    }
  }
  return best;
}

function shiftLetter(ch: string, shift: number): string {
  const code = ch.charCodeAt(0);
  const base = code >= 65 && code <= 90 ? 65 : code >= 97 && code <= 122 ? 97 : -1;
  if (base < 0) return ch;
  return String.fromCharCode(((code - base + shift) % 26 + 26) % 26 + base);
}

const caesar = (text: string, shift: number): string => text.replace(/[a-z]/gi, (ch) => shiftLetter(ch, shift));

function vigenere(text: string, key: string, decrypt = false): string {
  let i = 0;
  return text.replace(/[a-z]/gi, (ch) => {
    const k = key.toLowerCase().charCodeAt(i++ % key.length) - 97;
    return shiftLetter(ch, decrypt ? -k : k);
  });
}

function rleEncode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i > 1 ? String(j - i) : "") + s[i];
    i = j;
  }
  return out;
}

const rleDecode = (s: string): string => s.replace(/(\d+)(\D)/g, (_, n: string, ch: string) => ch.repeat(Number(n)));

const toWords = (s: string): string[] =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());

const caseStyles = {
  camel: (s: string) => toWords(s).map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join(""),
  pascal: (s: string) => toWords(s).map((w) => w[0].toUpperCase() + w.slice(1)).join(""),
  snake: (s: string) => toWords(s).join("_"),
  kebab: (s: string) => toWords(s).join("-"),
  constant: (s: string) => toWords(s).join("_").toUpperCase(),
  title: (s: string) => toWords(s).map((w) => w.charAt(0).toUpperCase() + w.substring(1)).join(" "),
} satisfies Record<string, (s: string) => string>;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const sep = "+" + widths.map((w) => "-".repeat(w + 2)).join("+") + "+";
  const align = (cell: string, c: number) => (/^-?\d+(\.\d+)?$/.test(cell) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]));
  const fmt = (r: string[]) => "| " + r.map(align).join(" | ") + " |";
  return [sep, fmt(rows[0]), sep, ...rows.slice(1).map(fmt), sep].join("\n");
}

export function main(argv: string[]): number {
  console.log(`[${center("title", 15, "*")}] [${"left".padEnd(8, ".")}] [${"right".padStart(8, ".")}]`);
  console.log(`reverse: ${reverse("stressed")} ${reverse("Hello, World!")}`);

  const candidates = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "No 'x' in Nixon"];
  for (const c of candidates) console.log(`palindrome(${JSON.stringify(c)}) = ${isPalindrome(c)}`);
  console.log(`longest palindromic substring: ${["babad", "forgeeksskeegfor", "abacdfgdcaba"].map(longestPalindromicSubstring).join(", ")}`);

  const secret = "The quick brown fox jumps over the lazy dog!";
  const enc = caesar(secret, 13);
  console.log(`rot13: ${enc}`);
  console.log(`rot13 twice restores: ${caesar(enc, 13) === secret}; shift -3: ${caesar("abc XYZ", -3)}`);
  const v = vigenere("Attack at dawn", "LEMON");
  console.log(`vigenere: ${v} -> ${vigenere(v, "LEMON", true)}`);

  for (const s of ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "zzzzzzzzzzzz"]) {
    const encoded = rleEncode(s);
    console.log(`rle ${s.length} -> ${encoded.length}: ${encoded} (roundtrip ${rleDecode(encoded) === s})`);
  }

  for (const input of ["parseHTTPResponse code", "hello_world-example", "XMLHttpRequest"]) {
    const styles = Object.entries(caseStyles).map(([name, f]) => `${name}=${f(input)}`);
    console.log(`${input}: ${styles.join(" ")}`);
  }

  const para = "Strings in JavaScript are immutable sequences of UTF-16 code units; most operations return new strings rather than modifying the original.";
  wrap(para, 32).forEach((l, i) => console.log(`${String(i + 1).padStart(2, "0")}| ${l.padEnd(32)} |`));

  const words = para.toLowerCase().match(/[a-z]+/g) ?? [];
  const vowels = (w: string) => (w.match(/[aeiou]/g) ?? []).length;
  const rows = [["word", "length", "vowels", "reversed"], ...words.filter((w) => w.length > 7).map((w) => [w, String(w.length), String(vowels(w)), reverse(w)])];
  console.log(table(rows));
  const initials = para.split(" ").slice(0, 6).map((w) => w.charAt(0)).join("");
  console.log(`initials: ${initials}, includes 'immutable': ${para.includes("immutable")}, index of 'code': ${para.indexOf("code")}`);
  console.log(`trim: [${"   padded   ".trim()}] [${"   padded   ".trimStart()}] [${"   padded   ".trimEnd()}]`);
  return 0;
}
