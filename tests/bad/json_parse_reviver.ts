// expect: 4:21 the library function 'JSON.parse with a reviver' is not supported
// A reviver.
export function main(argv: string[]): number {
  const n: number = JSON.parse("1", (_k, v) => v);
  console.log(n);
  return 0;
}
