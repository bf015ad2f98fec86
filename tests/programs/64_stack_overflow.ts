// Deep recursion raises a catchable RangeError in every mode; the program
// recovers and recurses again (the stack is usable after unwinding).
class Node {
  constructor(
    public value: number,
    public next: Node | null,
  ) {}
}

function forever(n: number): number {
  return forever(n + 1) + 1;
}

function length(n: Node | null): number {
  return n === null ? 0 : 1 + length(n.next);
}

export function main(argv: string[]): number {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      console.log(forever(0));
    } catch (e) {
      if (e instanceof RangeError) console.log("caught " + e.message);
      else throw e;
    }
  }
  let list: Node | null = null;
  for (let i = 0; i < 1000; i++) list = new Node(i, list);
  console.log(length(list));
  return 0;
}
