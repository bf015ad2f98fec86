// `!xs[i]` past the end of an array: the item is undefined, so `!` gives
// true — for booleans too (a divergence once: the translated program
// negated the item's storage as if it were a boolean, and printed false).
const FLAGS = [true, false, true];
const NUMS = [0, 7, 2.5];
const NAMES = ["", "a"];

export function main(argv: string[]): number {
  const past = argv.length + 5;
  let negated = 0;
  for (let r = 0; r < FLAGS.length; r++) if (!FLAGS[r]) negated++;
  console.log("in range: " + String(negated) + " " + String(!FLAGS[1]) + " " + String(!NUMS[0]) + " " + String(!NUMS[2]) + " " + String(!NAMES[0]));
  console.log("past the end: " + String(!FLAGS[past]) + " " + String(!NUMS[past]) + " " + String(!NAMES[past]));
  console.log("twice: " + String(!!FLAGS[past]) + " " + String(!!FLAGS[0]));
  const i = past - 5;
  console.log("last: " + String(!FLAGS[i + 2]) + " " + String(!FLAGS[i + 3]));
  return 0;
}
