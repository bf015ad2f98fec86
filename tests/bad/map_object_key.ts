// expect: 6:3 keys must be integers, strings or objects
// A Map keyed by arrays: JavaScript compares them by identity; RTS keys by numbers, strings and class instances or records.
export function main(argv: string[]): number {
  const m = new Map();
  const key: number[] = [argv.length];
  m.set(key, 1);
  console.log(m.size);
  return 0;
}
