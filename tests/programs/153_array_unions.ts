// Arrays in value unions (`type Json = null | boolean | number | string |
// Json[]`): boxed in an ArrayBox (all boxed arrays are one family), unboxed
// by `Array.isArray(v)` narrowing; Array.isArray of anything.
type Json = null | boolean | number | string | Json[];

function depth(v: Json): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depth));
  return 0;
}

function show(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(show).join(",")}]`;
  return JSON.stringify(v);
}

function flatten(v: Json, out: (string | number | boolean | null)[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else out.push(v);
}

export function main(argv: string[]): number {
  const doc: Json = [1, "two", [true, null, [3.5]], [], argv.length];
  console.log(depth(doc), show(doc), doc, JSON.stringify(doc));
  const xs: Json[] = [];
  xs.push(doc, 5, [xs.length]);
  console.log(xs.length, Array.isArray(xs[0]), Array.isArray(xs[1]), xs[0] === doc, xs[0] === xs[2], typeof xs[2]);
  const n: number[] | null = argv.length > 5 ? [1] : null;
  console.log(Array.isArray(n), Array.isArray("s"), Array.isArray([1, 2]));
  const flat: (string | number | boolean | null)[] = [];
  flatten(doc, flat);
  console.log(flat);
  let total = 0;
  for (let i = 0; i < 500; i++) total += depth([i, [i, [i]], "x"]);
  console.log(total);
  return 0;
}
