// Members of a value union narrowed to several kinds: `x.length` of
// `string | Value[]`, `x.size` of `Map | Set`, `x.slice(1)`, `x.toString()`;
// each kind's own member, chosen at run time.  Narrowing to kinds also drops
// the class instances TypeScript's narrowed type leaves out.

class Cell {
  constructor(readonly v: number) {}
}

type Value = number | string | boolean | null | Value[] | Map<string, Value> | Set<string> | Cell;

function len(v: Value): number {
  if (typeof v === "string" || Array.isArray(v)) return v.length;
  if (v instanceof Map || v instanceof Set) return v.size;
  return -1;
}

function rest(v: Value): Value {
  if (typeof v === "string" || Array.isArray(v)) return v.slice(1);
  return null;
}

function has(v: Value, x: string): boolean {
  if (typeof v === "string" || Array.isArray(v)) return v.indexOf(x) >= 0 && v.includes(x);
  return false;
}

function text(v: number | string | boolean): string {
  return v.toString() + "/" + v.toString().length;
}

export function main(argv: string[]): number {
  const values: Value[] = ["hello", [1, "two", null], new Map<string, Value>([["a", 1]]), new Set(["x", "y", "z"]), 4, new Cell(2), true, null, ""];
  console.log(values.map(len));
  console.log(values.map(rest));
  console.log([1.5, "s", false].map(text), has(["a", 1], "a"), has("cat", "a"), has(3, "3"), has([], "q"));
  const words = "a bb ccc".split(" ");
  const pick = (i: number): string | string[] => (i % 2 === 0 ? words[i] : words);
  console.log([0, 1, 2].map((i) => pick(i).length), [0, 1].map((i) => pick(i).slice(0, 2)));
  // the strings split() makes, in an array of a value union (was a crash: the strings were not boxed)
  const mixed: (number | string)[] = "a b".split(" ");
  mixed.push(1);
  const limited: (number | string)[] = "x,y,z".split(",", 2);
  limited.unshift(0);
  console.log(mixed, limited, typeof mixed[0], typeof limited[0]);
  return 0;
}
