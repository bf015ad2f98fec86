// Maps with class-instance values: lookup, mutation through the map, undefined checks, registries.
class Account {
  history: number[] = [];
  constructor(public id: string, public balance: number) {}
  apply(delta: number): void {
    this.balance += delta;
    this.history.push(delta);
  }
}

class Registry {
  byId = new Map<string, Account>();
  byNum = new Map<number, Account>();
  next = 1;
  open(id: string, initial: number): Account {
    const a = new Account(id, initial);
    this.byId.set(id, a);
    this.byNum.set(this.next, a);
    this.next++;
    return a;
  }
  find(id: string): Account | undefined {
    return this.byId.get(id);
  }
  total(): number {
    let t = 0;
    for (const a of this.byId.values()) t += a.balance;
    return t;
  }
}

export function main(argv: string[]): number {
  const r = new Registry();
  r.open("alice", 100);
  r.open("bob", 50);
  const c = r.open("carol", 0);
  c.apply(25);
  const a = r.find("alice");
  if (a !== undefined) a.apply(-30);
  const z = r.find("zoe");
  console.log(z === undefined);
  console.log(r.find("alice")!.balance);
  console.log(r.byNum.get(3)!.id + " " + r.byNum.get(3)!.balance);
  console.log(r.byNum.get(2) === r.byId.get("bob"));
  console.log(r.total());
  const ops: string[] = ["alice:+5", "bob:-20", "dave:+1", "carol:+100", "bob:+7"];
  for (const op of ops) {
    const colon = op.indexOf(":");
    const id = op.slice(0, colon);
    const sign = op[colon + 1] === "-" ? -1 : 1;
    let amount = 0;
    for (let i = colon + 2; i < op.length; i++) amount = amount * 10 + (op.charCodeAt(i) - 48);
    const acct = r.find(id);
    if (acct === undefined) {
      console.log("no account " + id);
      continue;
    }
    acct.apply(sign * amount);
  }
  for (const [id, acct] of r.byId) {
    console.log(id + " " + acct.balance + " [" + acct.history.join(",") + "]");
  }
  console.log(r.total());
  r.byId.delete("bob");
  let ids = "";
  for (const k of r.byId.keys()) ids += k + " ";
  console.log(ids);
  console.log(r.byNum.size + " " + r.byId.size);
  const best = new Map<number, Account>();
  for (const [n, acct] of r.byNum) {
    const bucket = acct.balance >= 100 ? 1 : 0;
    const cur = best.get(bucket);
    if (cur === undefined || acct.balance > cur.balance) best.set(bucket, acct);
  }
  for (const [bucket, acct] of best) console.log(bucket + " -> " + acct.id);
  return 0;
}
