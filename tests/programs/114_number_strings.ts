// String() and template literals of ints (the digits written by RTS code,
// rts/rlib/strings strFromInt; past 2^53 an int is a double and prints as
// one), booleans, and values that may be null or undefined: ints, floats,
// booleans and strings that may be either, or both, and null | undefined.
function maybe(i: number): number | undefined {
  return i % 3 === 0 ? undefined : i * 7;
}
function maybeNull(i: number): number | null {
  return i % 2 === 0 ? null : -i;
}
function flag(i: number): boolean | undefined {
  return i % 3 === 0 ? undefined : i % 3 === 1;
}
function word(i: number): string | null | undefined {
  return i % 3 === 0 ? undefined : i % 3 === 1 ? null : "w" + i;
}
export function main(argv: string[]): number {
  const ints = [0, 1, -1, 9, 10, -10, 99, 100, 12345, -98765, 2147483647, -2147483648, 4294967296, 9007199254740991, -9007199254740991, 9007199254740992, -9007199254740992];
  for (const n of ints) console.log(String(n), `${n}`, "n=" + n, String(n).length);
  let big = 9007199254740992;
  for (let k = 0; k < 5; k++) {
    big = big * 3 + 1;
    console.log(String(big), "" + -big);
  }
  for (let i = 0; i < 6; i++) console.log(String(maybe(i)), `${maybeNull(i)}`, "f:" + flag(i), String(word(i)), String(i % 2 === 0), `${i > 2}`);
  for (let i = 0; i < 2; i++) {
    const z: null | undefined = i > 0 ? null : undefined;
    console.log(String(z), `${z}`);
  }
  const fl: (number | undefined)[] = [1.5, undefined, -0.25];
  for (const x of fl) console.log(String(x));
  let s = "";
  for (let i = -50; i < 50; i += 7) s += i;
  console.log(s);
  return 0;
}
