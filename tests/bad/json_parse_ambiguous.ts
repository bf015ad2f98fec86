// expect: 6:13 whose members a JSON value cannot be told apart by: record types without a discriminating property
// Two record types with nothing to tell their JSON objects apart.
type Shape = { r: number } | { w: number; h: number };

export function main(argv: string[]): number {
  const s = JSON.parse('{"r": 1}') as Shape;
  console.log("r" in s);
  return 0;
}
