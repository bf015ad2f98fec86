// Module-level mutable state: `let` bindings reassigned at run time.
export class Item {
  constructor(
    public name: string,
    public next: Item | null,
  ) {}
}

let count = 0;
let total = 0.5;
let last = "none";
let head: Item | null = null;
const names: string[] = [];

export function register(name: string): number {
  count++;
  total += count / 2;
  last = name;
  head = new Item(name, head);
  names.push(name);
  return count;
}

export function describe(): string {
  let chain = "";
  for (let it = head; it !== null; it = it.next) chain += it.name + ">";
  return `${count} ${total} ${last} ${chain} [${names.join(",")}]`;
}

export function reset(): void {
  count = 0;
  total = 0.5;
  last = "reset";
  head = null;
}
