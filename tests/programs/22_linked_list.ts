// A singly linked list class: push/pop at both ends, reverse, remove, iteration.
class ListNode {
  next: ListNode | null = null;
  constructor(public value: number) {}
}

class LinkedList {
  head: ListNode | null = null;
  tail: ListNode | null = null;
  size = 0;
  pushBack(v: number): void {
    const n = new ListNode(v);
    if (this.tail === null) {
      this.head = n;
      this.tail = n;
    } else {
      this.tail.next = n;
      this.tail = n;
    }
    this.size++;
  }
  pushFront(v: number): void {
    const n = new ListNode(v);
    n.next = this.head;
    this.head = n;
    if (this.tail === null) this.tail = n;
    this.size++;
  }
  popFront(): number {
    const h = this.head!;
    this.head = h.next;
    if (this.head === null) this.tail = null;
    this.size--;
    return h.value;
  }
  reverse(): void {
    let prev: ListNode | null = null;
    let cur = this.head;
    this.tail = cur;
    while (cur !== null) {
      const nxt: ListNode | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = nxt;
    }
    this.head = prev;
  }
  remove(v: number): boolean {
    let prev: ListNode | null = null;
    let cur = this.head;
    while (cur !== null) {
      if (cur.value === v) {
        if (prev === null) this.head = cur.next;
        else prev.next = cur.next;
        if (this.tail === cur) this.tail = prev;
        this.size--;
        return true;
      }
      prev = cur;
      cur = cur.next;
    }
    return false;
  }
  str(): string {
    let s = "[";
    let cur = this.head;
    while (cur !== null) {
      s += cur.value;
      if (cur.next !== null) s += " ";
      cur = cur.next;
    }
    return s + "]";
  }
}

export function main(argv: string[]): number {
  const l = new LinkedList();
  console.log(l.str() + " " + l.size);
  for (let i = 1; i <= 5; i++) l.pushBack(i * 10);
  l.pushFront(5);
  console.log(l.str() + " " + l.size);
  console.log(l.popFront());
  console.log(l.str());
  l.reverse();
  console.log(l.str());
  console.log(l.tail!.value + " " + l.head!.value);
  console.log(l.remove(30));
  console.log(l.remove(99));
  console.log(l.remove(50));
  console.log(l.remove(10));
  console.log(l.str() + " " + l.size);
  l.pushBack(7);
  console.log(l.str() + " tail=" + l.tail!.value);
  while (l.size > 0) l.popFront();
  console.log(l.str() + " " + (l.head === null) + " " + (l.tail === null));
  const big = new LinkedList();
  for (let i = 0; i < 10000; i++) big.pushBack(i);
  big.reverse();
  let s = 0;
  let k = 0;
  while (big.size > 0 && k < 100) {
    s += big.popFront();
    k++;
  }
  console.log(s + " " + big.size);
  return 0;
}
