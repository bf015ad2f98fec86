// console.log's %d, %i and %f with arrays, Maps, Sets, functions and typed arrays: Number,
// parseInt and parseFloat of their string form, as util.format does (found by the fuzzer).
export function main(argv: string[]): number {
  const fmt = "%d|%i|%f|%d|%d|%i|%d";
  console.log(fmt, [7], [1.5], ["2.5x"], [], [1, 2], [[3]], [-0]);
  const cyc: number[][] = [];
  cyc.push([4]);
  const opt: (number | undefined)[] = [undefined, 5];
  const m = new Map<string, number>();
  const st = new Set<number>();
  const f = (x: number): number => x;
  const ta = new Float64Array(2);
  ta[0] = 2.5;
  const tup: [number, string] = [6, "x"];
  const dyn = ["%", "d %", "i %f %f ", "%d %i %d %f %i"].join("");
  console.log(dyn, cyc, opt, [m], m, st, [f], ta, tup, [null], [true], [" 12 "], [[]]);
  console.log("%i %f %d", [" 0x1A "], ["1e3,5"], [[["0x10"]]]);
  return 0;
}
