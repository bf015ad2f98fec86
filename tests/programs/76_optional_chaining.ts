// Optional chaining: a?.b, a?.method(), a?.b?.c on nullable class fields, combined with ??, over linked lists and trees.
class Address {
  constructor(
    public city: string,
    public zip: string | null,
  ) {}
  label(): string {
    return this.city + (this.zip !== null ? " " + this.zip : "");
  }
}

class Person {
  address: Address | null = null;
  boss: Person | null = null;
  nickname: string | undefined = undefined;
  constructor(public name: string) {}
  greet(): string {
    return "hi " + this.name;
  }
  tagged(n: number): string {
    return this.name + "#" + n;
  }
  bossOf(): Person | null {
    return this.boss;
  }
}

class Node {
  next: Node | null = null;
  constructor(public value: number) {}
}

class Tree {
  left: Tree | null = null;
  right: Tree | null = null;
  constructor(public key: string) {}
}

function cityOf(p: Person | null): string {
  return p?.address?.city ?? "unknown";
}

function zipOf(p: Person | null): string {
  return p?.address?.zip ?? "no zip";
}

function nth(head: Node | null, n: number): Node | null {
  let cur = head;
  for (let i = 0; i < n; i++) cur = cur?.next ?? null;
  return cur;
}

function build(xs: number[]): Node | null {
  let head: Node | null = null;
  for (let i = xs.length - 1; i >= 0; i--) {
    const n = new Node(xs[i]);
    n.next = head;
    head = n;
  }
  return head;
}

let evaluations = 0;
let sideEffects = 0;
function bump(): number {
  sideEffects++;
  return sideEffects;
}

function counted(p: Person | null): Person | null {
  evaluations++;
  return p;
}

export function main(argv: string[]): number {
  const alice = new Person("alice");
  const bob = new Person("bob");
  const carol = new Person("carol");
  alice.address = new Address("paris", "75001");
  bob.address = new Address("lyon", null);
  bob.boss = alice;
  carol.boss = bob;
  alice.nickname = "ally";
  const nobody: Person | null = null;

  console.log(cityOf(alice) + " " + cityOf(bob) + " " + cityOf(carol) + " " + cityOf(nobody));
  console.log(zipOf(alice) + " | " + zipOf(bob) + " | " + zipOf(carol) + " | " + zipOf(null));
  console.log(carol.boss?.boss?.name ?? "none");
  console.log(alice.boss?.boss?.name ?? "none");
  console.log(carol.boss?.boss?.address?.city ?? "none");
  console.log(bob.boss?.greet() ?? "no boss");
  console.log(alice.boss?.greet() ?? "no boss");
  console.log(carol.bossOf()?.bossOf()?.greet() ?? "x");
  console.log(alice.address?.label() ?? "no address");
  console.log(bob.address?.label() ?? "no address");
  console.log(carol.address?.label() ?? "no address");
  console.log(alice.nickname ?? alice.name);
  console.log(bob.nickname ?? bob.name);
  console.log(alice.nickname?.toUpperCase() ?? "-");
  console.log(bob.nickname?.toUpperCase() ?? "-");
  console.log(bob.nickname?.length ?? 0);
  console.log(alice.nickname?.length ?? 0);

  // result compared directly
  console.log((carol.address?.city === undefined) + " " + (alice.address?.city === "paris"));
  console.log(carol.address?.city.length ?? -1);
  console.log(alice.address?.city.length ?? -1);

  // short-circuit: the argument of a skipped call is not evaluated
  const pool: Node | null = nth(build([1]), 1);
  const res = pool?.value ?? bump();
  console.log(res + " " + sideEffects);
  const res2 = build([5])?.value ?? bump();
  console.log(res2 + " " + sideEffects);
  console.log((alice.boss?.tagged(bump()) ?? "skipped") + " " + sideEffects);
  console.log((bob.boss?.tagged(bump()) ?? "skipped") + " " + sideEffects);
  const head = build([10, 20, 30, 40]);
  console.log(head?.next?.next?.value ?? -1);
  console.log(head?.next?.next?.next?.next?.value ?? -1);
  console.log(nth(head, 3)?.value ?? -1);
  console.log(nth(head, 7)?.value ?? -1);
  console.log(nth(build([]), 0)?.value ?? -1);

  // walk with optional chaining to compute list length
  let len = 0;
  for (let cur = head; cur !== null; cur = cur?.next ?? null) len++;
  console.log(len);

  // receiver evaluated once
  evaluations = 0;
  const nm = counted(carol)?.boss?.name;
  console.log((nm ?? "none") + " evaluated " + evaluations);
  evaluations = 0;
  const nm2 = counted(null)?.boss?.name;
  console.log((nm2 ?? "none") + " evaluated " + evaluations);

  // trees
  const root = new Tree("m");
  root.left = new Tree("f");
  root.left.right = new Tree("h");
  root.right = new Tree("t");
  console.log(root.left?.right?.key ?? "-");
  console.log(root.right?.left?.key ?? "-");
  console.log(root.left?.left?.right?.key ?? "-");
  const keys: string[] = [];
  const lr = [root.left, root.right, root.left?.right ?? null, root.right?.right ?? null];
  for (const t of lr) keys.push(t?.key ?? ".");
  console.log(keys.join(""));

  // optional chaining with array elements
  const people: (Person | null)[] = [alice, null, bob];
  const cityList: string[] = [];
  for (const p of people) cityList.push(p?.address?.city ?? "?");
  console.log(cityList.join(","));
  // assignment through a checked path
  const target = carol.boss?.address;
  if (target) target.zip = "69001";
  console.log(zipOf(bob));
  return 0;
}
