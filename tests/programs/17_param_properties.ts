// Constructor parameter properties (public, private, readonly), mixed with ordinary fields.
class Vec {
  constructor(public x: number, public y: number) {}
  dot(o: Vec): number {
    return this.x * o.x + this.y * o.y;
  }
  plus(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
}

class Account {
  balance = 0;
  log: string[] = [];
  constructor(readonly owner: string, private limit: number) {
    this.log.push("open " + owner);
  }
  withdraw(n: number): boolean {
    if (this.balance - n < -this.limit) {
      this.log.push("denied " + n);
      return false;
    }
    this.balance -= n;
    this.log.push("withdraw " + n);
    return true;
  }
  deposit(n: number): void {
    this.balance += n;
    this.log.push("deposit " + n);
  }
  raiseLimit(by: number): void {
    this.limit += by;
  }
}

class Person {
  greeting: string;
  constructor(public first: string, public last: string, public age: number) {
    this.greeting = "Hi " + first;
  }
  full(): string {
    return this.first + " " + this.last;
  }
  birthday(): number {
    this.age++;
    return this.age;
  }
}

export function main(argv: string[]): number {
  const a = new Vec(2, 3);
  const b = new Vec(-1, 4);
  console.log(a.dot(b));
  const c = a.plus(b);
  console.log(c.x + " " + c.y);
  a.x = 10;
  console.log(a.dot(b));
  const acct = new Account("ann", 50);
  acct.deposit(30);
  console.log(acct.withdraw(70));
  console.log(acct.withdraw(20));
  acct.raiseLimit(100);
  console.log(acct.withdraw(20));
  console.log(acct.balance);
  console.log(acct.owner);
  console.log(acct.log.join("; "));
  const p = new Person("Grace", "Hopper", 85);
  console.log(p.full());
  console.log(p.greeting);
  console.log(p.birthday());
  console.log(p.age);
  p.first = "G.";
  console.log(p.full() + " / " + p.greeting);
  const vs: Vec[] = [];
  for (let i = 0; i < 5; i++) {
    vs.push(new Vec(i, i * i));
  }
  let acc = new Vec(0, 0);
  for (const v of vs) {
    acc = acc.plus(v);
  }
  console.log(acc.x + "," + acc.y);
  return 0;
}
