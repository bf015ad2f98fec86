// expect: 3:1 async
// An async function.
async function compute(): Promise<number> {
  return 42;
}

export function main(argv: string[]): number {
  compute();
  console.log("started");
  return 0;
}
