// `a ?? b` evaluates b only when a is null or undefined — also where the
// translator has a one-lookup form (`map.get(k) ?? d`, `array.find(f) ?? d`):
// a default with side effects must not run when the left side has a value.
class Module {
  constructor(readonly name: string) {}
}

const modules = new Map<string, Module>();
let made = 0;
const log: string[] = [];

function fresh(name: string): Module {
  made++;
  log.push("made " + name);
  const m = new Module(name);
  modules.set(name, m);
  return m;
}

function moduleNamed(name: string): Module {
  return modules.get(name) ?? fresh(name);
}

function firstLong(words: string[]): string {
  return words.find((w) => w.length > 4) ?? fallback(words);
}

function fallback(words: string[]): string {
  log.push("fallback for " + String(words.length));
  return "none";
}

function counter(): number {
  made += 100;
  return made;
}

export function main(_argv: string[]): number {
  modules.set("main", new Module("main"));
  console.log(moduleNamed("main").name, made);
  console.log(moduleNamed("other").name, made);
  console.log(moduleNamed("other").name, made);
  console.log(firstLong(["a", "longer", "b"]), firstLong(["x", "y"]));
  const counts = new Map<string, number>();
  counts.set("a", 1);
  console.log(counts.get("a") ?? counter(), made);
  console.log(counts.get("b") ?? counter(), made);
  const maybe: number | null = made > 1000 ? null : 7;
  console.log(maybe ?? counter(), made);
  console.log(log.join("; "));
  return 0;
}
