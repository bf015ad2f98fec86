// expect: 7:13 keys must be numbers, strings or objects
// A Map keyed by a union of primitives and objects: one key kind per map in RTS.
class Node1 {
  id = 0;
}
export function main(argv: string[]): number {
  const m = new Map<Node1 | number, number>();
  m.set(new Node1(), 1);
  console.log(m.size);
  return 0;
}
