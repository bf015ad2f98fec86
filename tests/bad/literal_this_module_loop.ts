// expect: 5:62 `this` in a method of an object literal that module-level code evaluates several times
// Module-level code makes two objects from one literal: translated, the method's `this` is the one object its literal made.
interface Counter { n: number; get(): number }
const objs: Counter[] = [];
for (let i = 0; i < 2; i++) objs.push({ n: i, get() { return this.n; } });
export function main(argv: string[]): number {
  for (const o of objs) console.log(o.get(), argv.length);
  return 0;
}
