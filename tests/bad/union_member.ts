// expect: 6:52 operator '.size' is not supported on
// A property of a value union narrowed to two kinds of collections: narrow to one first.
type Value = number | Map<string, number> | Set<string>;

function size(v: Value): number {
  if (v instanceof Map || v instanceof Set) return v.size;
  return 1;
}

export function main(argv: string[]): number {
  console.log(size(new Set(["a"])), size(2));
  return 0;
}
