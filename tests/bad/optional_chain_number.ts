// expect: 10:15 optional chain
// An optional chain ending in a number, used without a default.
class Node {
  constructor(public value: number) {}
}

export function main(argv: string[]): number {
  const nodes: (Node | null)[] = [new Node(1), null];
  for (const n of nodes) {
    const v = n?.value;
    console.log(v);
  }
  return 0;
}
