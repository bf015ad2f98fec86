// Module-level constant tables: arrays and class instances at module scope (no main).
export class Pair {
  constructor(public name: string, public value: number) {}
}

export const PRIMES: number[] = [2, 3, 5, 7, 11, 13];
export const NAMES: string[] = ["zero", "one", "two", "three"];
export const ORIGIN = new Pair("origin", 0);
export const UNIT_PAIRS: Pair[] = [new Pair("a", 1), new Pair("b", 2)];
export const MAX_DEPTH = 32;
export const RATIO = 0.75;
export const TITLE = "tables";
export const ENABLED = true;

export function primeAt(i: number): number {
  return PRIMES[i];
}
