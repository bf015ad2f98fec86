// Command-line arguments: argv.length, argv[1..], parsing integer arguments by hand.
function parseIntArg(s: string): number {
  let sign = 1;
  let i = 0;
  if (s.startsWith("-")) {
    sign = -1;
    i = 1;
  }
  let v = 0;
  for (; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    v = v * 10 + d;
  }
  return sign * v;
}

export function main(argv: string[]): number {
  // argv[0] is the program name; its exact text differs between runners, so do not print it.
  console.log(argv.length);
  console.log(argv[0].length > 0);
  for (let i = 1; i < argv.length; i++) {
    console.log(i + ": [" + argv[i] + "] len " + argv[i].length);
  }
  let sum = 0;
  let words = "";
  for (const a of argv.slice(1)) {
    const c = a.charCodeAt(0);
    if ((c >= 48 && c <= 57) || a[0] === "-") sum += parseIntArg(a);
    else words += a.toUpperCase() + " ";
  }
  console.log("sum " + sum);
  console.log("words " + words);
  if (argv.length > 1) console.log("first " + argv[1]);
  const flags = new Set<string>();
  for (const a of argv) {
    if (a.startsWith("--")) flags.add(a.slice(2));
  }
  console.log(flags.has("verbose") + " " + flags.has("quiet") + " " + flags.size);
  return 0;
}
