// expect: 5:3 delete
// The delete operator.
export function main(argv: string[]): number {
  const arr: number[] = [1, 2, 3];
  delete arr[0];
  console.log(arr.length);
  return 0;
}
