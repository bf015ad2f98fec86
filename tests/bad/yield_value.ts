// expect: 5:17 the value of a yield expression
// A yield used as a value (what next(v) passes in).
function* echo(): Generator<number> {
  for (let i = 0; i < 3; i++) {
    const got = yield i;
    console.log(got === undefined);
  }
}

export function main(argv: string[]): number {
  for (const x of echo()) console.log(x);
  return 0;
}
