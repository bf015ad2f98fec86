// Reads past the end are undefined where the program tests for it (as on
// Node): in a condition, compared with undefined, with ?? or ?., or stored
// in a variable the function tests.  charAt past the end is "", charCodeAt
// NaN.

function words(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (s[i] !== undefined) {
    while (s[i] === " ") i++;
    let w = "";
    let c = s[i];
    while (c !== undefined && c !== " ") {
      w += c;
      c = s[++i];
    }
    if (w !== "") out.push(w);
  }
  return out;
}

function sumUntilGap(xs: number[]): number {
  let total = 0;
  for (let i = 0; xs[i] !== undefined; i++) total += xs[i];
  return total;
}

function lastOr(xs: string[], d: string): string {
  return xs[xs.length] ?? xs[xs.length - 1] ?? d;
}

function peek(src: string, pos: number): string {
  const c = src[pos];
  if (!c) return "<end>";
  return c;
}

export function main(argv: string[]): number {
  console.log(words("  the quick  brown fox ").join("|"));
  console.log(sumUntilGap([1, 2, 3]) + " " + sumUntilGap([]));
  console.log(lastOr(["a", "b"], "z") + " " + lastOr([], "z"));
  console.log(peek("ab", 1) + " " + peek("ab", 2) + " " + peek("ab", -1));
  const grid = [[1, 2], [3]];
  console.log(grid[1][1] === undefined ? "short row" : "full row");
  console.log(grid[5]?.length ?? -1);
  const s = "hey";
  console.log(`[${s.charAt(3)}] [${s.charAt(-1)}] ${s.charCodeAt(3)} ${s[1]}`);
  const flags = new Uint8Array(2);
  flags[1] = 7;
  console.log(`${flags[1]} ${flags[2] === undefined} ${flags[5] ?? 99}`);
  const names = ["ann", "bob"];
  let i = 0;
  let name = names[i];
  while (name) {
    console.log(name.toUpperCase());
    name = names[++i];
  }
  return 0;
}
