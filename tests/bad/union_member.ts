// expect: 4:10 operator '.length' is not supported on StringBox | ArrayBox
// A member of a value union of several kinds through optional chaining (test for undefined first).
function len(v: string | number[] | undefined): number | undefined {
  return v?.length;
}

export function main(argv: string[]): number {
  console.log(len("ab"), len([1]), len(undefined));
  return 0;
}
