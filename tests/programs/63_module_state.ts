// Module-level state: const arrays and class instances at module scope, shared and mutated across modules.
import { PRIMES, NAMES, ORIGIN, UNIT_PAIRS, MAX_DEPTH, RATIO, TITLE, ENABLED, Pair, primeAt } from "./lib/tables.ts";
import { COUNTER, record } from "./lib/counter.ts";
import { square } from "./lib/util.ts";

const LOG: string[] = [];
const SEEN = new Map<string, number>();
const HISTORY = new Pair("history", 0);

function note(msg: string): void {
  LOG.push(msg);
  SEEN.set(msg, (SEEN.get(msg) ?? 0) + 1);
  HISTORY.value++;
}

function summary(): string {
  return LOG.length + " entries, " + SEEN.size + " distinct, history " + HISTORY.value;
}

export function main(argv: string[]): number {
  console.log(TITLE + " " + MAX_DEPTH + " " + RATIO + " " + ENABLED);
  console.log(PRIMES.length);
  console.log(PRIMES[5] + " " + primeAt(2));
  let s = 0;
  for (const p of PRIMES) s += square(p);
  console.log(s);
  PRIMES.push(17);
  console.log(primeAt(6) + " " + PRIMES.length);
  console.log(NAMES.join(","));
  NAMES[0] = "nil";
  console.log(NAMES[0] + " " + NAMES.indexOf("two"));
  console.log(ORIGIN.name + " " + ORIGIN.value);
  ORIGIN.value = 42;
  console.log(ORIGIN.value);
  let total = 0;
  for (const p of UNIT_PAIRS) total += p.value;
  UNIT_PAIRS.push(new Pair("c", 3));
  for (const p of UNIT_PAIRS) total += p.value;
  console.log(total);
  console.log(record("a"));
  console.log(record("b"));
  console.log(record("c"));
  console.log(COUNTER.count);
  console.log(COUNTER.log.join("+"));
  COUNTER.count = 10;
  console.log(record("d"));
  note("start");
  note("work");
  note("work");
  note("stop");
  console.log(summary());
  console.log(LOG.join(" > "));
  console.log(SEEN.get("work")!);
  return 0;
}
