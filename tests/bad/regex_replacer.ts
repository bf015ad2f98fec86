// expect: 6:29 replacement function
// A replacement function for a RegExp whose groups are not known at translation time.
export function main(argv: string[]): number {
  const re = new RegExp(argv[0], "g");
  const s = "a1b2";
  console.log(s.replace(re, (m) => m.toUpperCase()));
  return 0;
}
