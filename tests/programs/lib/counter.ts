// Module-level state held in a const class instance (no main).
export class Counter {
  count = 0;
  log: string[] = [];
  bump(tag: string): number {
    this.count++;
    this.log.push(tag);
    return this.count;
  }
}

export const COUNTER = new Counter();

function helper(x: number): number {
  return x + 1000;
}

export function record(tag: string): number {
  return helper(COUNTER.bump(tag));
}
