// Maps the way interpreters use them: an int-keyed table filled, probed and
// thinned (hits, misses, deletes, reinserts), and a word count over string
// keys with a for-of at the end.  Prints checksums.
export function main(argv: string[]): number {
  const n = argv.length > 1 ? parseInt(argv[1]) : 100000;
  const table = new Map<number, number>();
  for (let i = 0; i < n; i++) table.set(i * 7, i);
  let hits = 0;
  for (let round = 0; round < 10; round++) {
    for (let i = 0; i < n; i++) {
      const v = table.get(i * 3);
      if (v !== undefined) hits += v % 5;
    }
    for (let i = round; i < n; i += 10) table.delete(i * 7);
    for (let i = round; i < n; i += 10) table.set(i * 7, round);
  }
  const words = new Map<string, number>();
  let seed = 1;
  for (let i = 0; i < n * 2; i++) {
    seed = (seed * 48271) % 2147483647;
    const w = "w" + (seed % 5000);
    words.set(w, (words.get(w) ?? 0) + 1);
  }
  let check = 0;
  for (const [w, c] of words) check = (check * 31 + c + w.length) % 1000000007;
  console.log(table.size, hits, words.size, check);
  return 0;
}
