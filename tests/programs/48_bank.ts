// Integration: bank account class hierarchy with overrides, exceptions, transfers and a ledger map.
import { intDiv } from "rts/rlib";

class BankError extends Error {
  constructor(msg: string, public account: string) {
    super(msg);
  }
}

class InsufficientFunds extends BankError {
  constructor(account: string, public needed: number) {
    super("insufficient funds", account);
  }
}

abstract class Account {
  balance = 0;
  txCount = 0;
  constructor(public id: string) {}
  abstract kind(): string;
  canWithdraw(amount: number): boolean {
    return this.balance >= amount;
  }
  deposit(amount: number): void {
    if (amount <= 0) throw new BankError("invalid amount " + amount, this.id);
    this.balance += amount;
    this.txCount++;
  }
  withdraw(amount: number): void {
    if (amount <= 0) throw new BankError("invalid amount " + amount, this.id);
    if (!this.canWithdraw(amount)) throw new InsufficientFunds(this.id, amount - this.balance);
    this.balance -= amount;
    this.txCount++;
  }
  monthEnd(): void {}
  str(): string {
    return this.kind() + " " + this.id + ": " + this.balance;
  }
}

class Checking extends Account {
  constructor(id: string, public overdraft: number) {
    super(id);
  }
  kind(): string { return "checking"; }
  canWithdraw(amount: number): boolean {
    return this.balance + this.overdraft >= amount;
  }
  monthEnd(): void {
    if (this.balance < 0) this.balance -= 15;
  }
}

class Savings extends Account {
  constructor(id: string, public ratePermille: number) {
    super(id);
  }
  kind(): string { return "savings"; }
  withdraw(amount: number): void {
    if (this.txCount >= 3) throw new BankError("too many transactions", this.id);
    super.withdraw(amount);
  }
  monthEnd(): void {
    this.balance += intDiv(this.balance * this.ratePermille, 1000);
    this.txCount = 0;
  }
}

class Bank {
  accounts = new Map<string, Account>();
  ledger: string[] = [];
  add(a: Account): void { this.accounts.set(a.id, a); }
  get(id: string): Account {
    const a = this.accounts.get(id);
    if (a === undefined) throw new BankError("no such account", id);
    return a;
  }
  transfer(from: string, to: string, amount: number): boolean {
    try {
      const src = this.get(from);
      const dst = this.get(to);
      src.withdraw(amount);
      dst.deposit(amount);
      this.ledger.push(from + "->" + to + ":" + amount);
      return true;
    } catch (e) {
      if (e instanceof InsufficientFunds) this.ledger.push("FAIL " + e.account + " short by " + e.needed);
      else if (e instanceof BankError) this.ledger.push("FAIL " + e.account + " " + e.message);
      else throw e;
      return false;
    }
  }
}

export function main(argv: string[]): number {
  const bank = new Bank();
  bank.add(new Checking("chk1", 100));
  bank.add(new Savings("sav1", 25));
  bank.add(new Checking("chk2", 0));
  bank.get("chk1").deposit(500);
  bank.get("sav1").deposit(1000);
  const froms: string[] = ["chk1", "chk1", "chk2", "sav1", "sav1", "sav1", "nobody", "chk1"];
  const tos: string[] = ["chk2", "chk2", "sav1", "chk1", "chk1", "chk1", "chk1", "chk2"];
  const amounts: number[] = [550, 100, 600, 100, 100, 100, 1, -5];
  for (let i = 0; i < froms.length; i++) console.log(bank.transfer(froms[i], tos[i], amounts[i]));
  for (const a of bank.accounts.values()) console.log(a.str());
  for (const a of bank.accounts.values()) a.monthEnd();
  for (const [id, a] of bank.accounts) console.log(id + " after month end: " + a.balance + " (" + a.kind() + ")");
  for (const entry of bank.ledger) console.log(entry);
  let total = 0;
  for (const a of bank.accounts.values()) total += a.balance;
  console.log("total " + total);
  try {
    bank.get("chk2").withdraw(1000);
  } catch (e) {
    if (e instanceof InsufficientFunds) console.log(e.message + " " + e.needed + " " + (e instanceof BankError));
  }
  return 0;
}
