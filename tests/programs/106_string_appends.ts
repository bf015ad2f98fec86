// Strings built by concatenation (the translated program appends in place
// into a buffer shared by views): older results must keep their text when a
// newer one appended, and views must behave as ordinary strings everywhere —
// equality, Map keys, comparisons, searching, slicing, printing.
function build(n: number, sep: string): string {
  let s = "";
  for (let i = 0; i < n; i++) s += sep + i;
  return s;
}

export function main(argv: string[]): number {
  const long = build(300, ",");
  let a = long;
  const snapshot = a;
  a += "|tail-a";
  let b = snapshot + "|tail-b"; // appends to an older view: must copy
  b += "!";
  console.log(a.length, b.length, snapshot.length);
  console.log(a.slice(-12), b.slice(-12), snapshot.slice(-12));
  console.log(a.startsWith(snapshot), b.startsWith(snapshot), a === b, snapshot === build(300, ","));

  // a view and the same text built another way are the same key
  const m = new Map<string, number>();
  m.set(build(100, "-"), 1);
  const key = "" + build(100, "-");
  console.log(m.get(key), m.has(build(100, "+")));

  // searching, comparing and cutting views
  console.log(long.indexOf(",299"), long.lastIndexOf(",1"), long.includes(",150,151,"));
  console.log(long < b, b < long, long.charCodeAt(long.length - 1), long.charAt(3));
  console.log(long.split(",").length, long.substring(5, 12), long.toUpperCase().length);
  console.log(JSON_like([snapshot.slice(0, 10), b.slice(0, 10)]));

  // many forks of one prefix
  const base = build(80, ".") + "#".repeat(200);
  const forks: string[] = [];
  for (let i = 0; i < 5; i++) forks.push(base + i);
  for (let i = 0; i < 5; i++) forks[i] += "/" + i;
  console.log(forks.map((f) => f.slice(-5)).join(" "), base.length);

  // a long log line
  let line = "";
  for (let i = 0; i < 2000; i++) line += String.fromCharCode(97 + (i % 26));
  console.log(line.length, line.slice(0, 30), line.slice(1990));
  let total = 0;
  for (let i = 0; i < line.length; i++) total += line.charCodeAt(i);
  console.log(total);
  const parts = [long.slice(0, 20), "x".repeat(300)];
  console.log(parts[1].length, (parts[0] + parts[1]).length);
  return 0;
}

function JSON_like(xs: string[]): string {
  let out = "[";
  for (const x of xs) out += (out.length > 1 ? "," : "") + '"' + x + '"';
  return out + "]";
}
