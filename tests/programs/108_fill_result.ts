// A typed array's fill() returns the array it filled: the result is the same object.
export function main(argv: string[]): number {
  const bytes = new Uint8Array(4).fill(7);
  const ints = new Int32Array(3);
  const same = ints.fill(-2);
  same[0] = 5;
  const floats = new Float64Array(2).fill(argv.length / 4);
  console.log(bytes[0] + bytes[3], ints[0], same === ints, floats[1]);
  return 0;
}
