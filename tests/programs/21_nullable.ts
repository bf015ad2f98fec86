// Nullable class types: T | null, T | undefined, null checks, non-null assertion, ?? on objects.
class Node {
  next: Node | null = null;
  constructor(public value: number) {}
}

class Slot {
  item: Node | undefined = undefined;
  label: string | null = null;
}

function find(head: Node | null, v: number): Node | null {
  let cur = head;
  while (cur !== null) {
    if (cur.value === v) return cur;
    cur = cur.next;
  }
  return null;
}

function lastOf(head: Node): Node {
  let cur = head;
  while (cur.next !== null) {
    cur = cur.next;
  }
  return cur;
}

function pick(nodes: Node[], i: number): Node | undefined {
  if (i >= 0 && i < nodes.length) return nodes[i];
  return undefined;
}

function describe(n: Node | null): string {
  if (n === null) return "null";
  return "node(" + n.value + ")";
}

export function main(argv: string[]): number {
  const a = new Node(1);
  const b = new Node(2);
  const c = new Node(3);
  a.next = b;
  b.next = c;
  console.log(describe(find(a, 2)));
  console.log(describe(find(a, 5)));
  console.log(describe(find(null, 1)));
  console.log(lastOf(a).value);
  console.log(a.next!.next!.value);
  console.log(c.next === null);
  const nodes: Node[] = [a, b, c];
  const p = pick(nodes, 1);
  console.log(p !== undefined ? p.value : -1);
  const q = pick(nodes, 7);
  console.log(q === undefined);
  console.log((q ?? c).value);
  console.log(pick(nodes, 0)!.value);
  const s = new Slot();
  console.log(s.item === undefined);
  console.log(s.label === null);
  console.log(s.label ?? "no label");
  s.item = b;
  s.label = "second";
  console.log(s.item.value);
  console.log(s.label ?? "no label");
  s.item = undefined;
  console.log(s.item === undefined);
  let cur: Node | null = a;
  let sum = 0;
  while (cur !== null) {
    sum += cur.value;
    cur = cur.next;
  }
  console.log(sum);
  let x: Node | null = null;
  if (x === null) x = new Node(42);
  console.log(x.value);
  const y: Node | null = find(a, 3);
  if (y !== null && y.next === null) console.log("3 is last");
  b.next = null;
  console.log(describe(find(a, 3)));
  const opt: Node | null = find(a, 9);
  const fallback = opt ?? new Node(-9);
  console.log(fallback.value);
  return 0;
}
