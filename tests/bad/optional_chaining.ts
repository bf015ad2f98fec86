// expect: 11:18 optional
// Optional chaining `?.` (the position is the start of the `head?.next` expression).
class Node {
  next: Node | null = null;
  constructor(public value: number) {}
}

export function main(argv: string[]): number {
  const head: Node | null = argv.length > 5 ? null : new Node(1);
  head!.next = new Node(2);
  const second = head?.next;
  console.log(second === undefined);
  return 0;
}
