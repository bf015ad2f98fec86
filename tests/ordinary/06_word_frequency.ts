// Word-frequency analysis of an embedded paragraph: counting, ranking, bigrams,
// sentence statistics and a small text histogram.

const TEXT = `
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only. There were a king
with a large jaw and a queen with a plain face, on the throne of England; there
were a king with a large jaw and a queen with a fair face, on the throne of
France. It was clearer than crystal to the lords of the State preserves of loaves
and fishes, that things in general were settled for ever!
`;

const STOP_WORDS = new Set(["the", "of", "a", "and", "it", "was", "to", "in", "on", "that", "with", "we", "for", "were"]);

interface WordStat {
  word: string;
  count: number;
  firstIndex: number;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z'\s-]/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ""))
    .filter(Boolean);
}

function countWords(list: readonly string[]): Map<string, WordStat> {
  const stats = new Map<string, WordStat>();
  list.forEach((word, index) => {
    const existing = stats.get(word);
    if (existing) existing.count++;
    else stats.set(word, { word, count: 1, firstIndex: index });
  });
  return stats;
}

function topN<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare).slice(0, n);
}

const byCountThenAlpha = (a: { count: number; word: string }, b: { count: number; word: string }) =>
  b.count - a.count || a.word.localeCompare(b.word);

function bigrams(list: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (let i = 0; i + 1 < list.length; i++) {
    const key = `${list[i]} ${list[i + 1]}`;
    result.set(key, (result.get(key) ?? 0) + 1);
  }
  return result;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const bucket = groups.get(k);
    if (bucket) bucket.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function main(argv: string[]): number {
  const all = words(TEXT);
  const stats = countWords(all);
  console.log(`total words: ${all.length}, distinct: ${stats.size}`);

  console.log("\nTop 8 words overall:");
  for (const { word, count } of topN(stats.values(), 8, byCountThenAlpha)) {
    console.log(`  ${word.padEnd(10)} ${String(count).padStart(3)} ${"#".repeat(count)}`);
  }

  const content = [...stats.values()].filter((s) => !STOP_WORDS.has(s.word));
  console.log("\nTop 8 content words:");
  for (const s of topN(content, 8, byCountThenAlpha)) {
    console.log(`  ${s.word.padEnd(12)} ${s.count} (first at word #${s.firstIndex})`);
  }

  const pairs = [...bigrams(all)].map(([word, count]) => ({ word, count }));
  console.log("\nTop 5 bigrams:");
  topN(pairs, 5, byCountThenAlpha).forEach(({ word, count }, i) => console.log(`  ${i + 1}. "${word}" x${count}`));

  const byLength = groupBy([...stats.keys()], (w) => w.length);
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  console.log("\nDistinct words by length:");
  for (const len of lengths) {
    const group = byLength.get(len)!.sort();
    const preview = group.length > 5 ? `${group.slice(0, 5).join(", ")}, ...` : group.join(", ");
    console.log(`  ${String(len).padStart(2)}: ${String(group.length).padStart(2)}  ${preview}`);
  }

  const sentences = TEXT.split(/[.!?]/).map((s) => s.trim()).filter((s) => s.length > 0);
  const sentenceLengths = sentences.map((s) => words(s).length);
  const avg = sentenceLengths.reduce((a, b) => a + b, 0) / sentenceLengths.length;
  console.log(`\nsentences: ${sentences.length}, lengths: [${sentenceLengths.join(", ")}], avg ${avg.toFixed(2)}`);

  const longest = all.reduce((best, w) => (w.length > best.length ? w : best), "");
  const capitalized = new Set(TEXT.match(/\b[A-Z][a-z]+\b/g) ?? []);
  console.log(`longest word: ${longest} (${longest.length} letters)`);
  console.log(`capitalized: ${[...capitalized].sort().join(" ")}`);

  const letterCounts: Record<string, number> = {};
  for (const ch of all.join("")) {
    if (ch >= "a" && ch <= "z") letterCounts[ch] = (letterCounts[ch] ?? 0) + 1;
  }
  const topLetters = Object.entries(letterCounts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 6)
    .map(([ch, n]) => `${ch}=${n}`);
  console.log(`top letters: ${topLetters.join(" ")}`);
  return 0;
}
