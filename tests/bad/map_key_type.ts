// expect: 7:13 keys must be numbers or strings
// A Map keyed by objects: JavaScript compares keys by identity, RTS maps are keyed by value.
class Node1 {
  id = 0;
}
export function main(argv: string[]): number {
  const m = new Map<Node1, number>();
  m.set(new Node1(), 1);
  console.log(m.size);
  return 0;
}
