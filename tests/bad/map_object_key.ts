// expect: 8:3 keys must be integers or strings
// Maps keyed by objects (identity keys) are not supported yet.
class Node1 {
  id = 0;
}
const m = new Map<Node1, number>();
export function main(argv: string[]): number {
  m.set(new Node1(), 1);
  console.log(m.size);
  return 0;
}
