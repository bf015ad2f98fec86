// expect: 6:7 finally
// A yield inside a try statement with a finally block.
function* guarded(): Generator<number> {
  try {
    for (let i = 0; i < 3; i++) {
      yield i;
    }
  } finally {
    console.log("cleanup");
  }
}

export function main(argv: string[]): number {
  for (const x of guarded()) console.log(x);
  return 0;
}
