// expect: 9:3 property
// A record read through an interface whose optional property a class lacks: setting it would grow the object.
interface Named { name: string; tag?: string }
class Person { constructor(public name: string) {} }
export function main(argv: string[]): number {
  const all: Named[] = [new Person("ada"), { name: "bob" }];
  for (const n of all) console.log(n.name, n.tag);
  const last = all[argv.length - 1];
  last.tag = "x";
  return 0;
}
