// Integration: string-heavy word frequency count with Map, normalisation, sorting by count then word.
function text(): string {
  return (
    "It was the best of times, it was the worst of times, it was the age of wisdom, " +
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, " +
    "it was the season of Light, it was the season of Darkness, it was the spring of hope, " +
    "it was the winter of despair, we had everything before us, we had nothing before us, " +
    "we were all going direct to Heaven, we were all going direct the other way -- in short, " +
    "the period was so far like the present period, that some of its noisiest authorities " +
    "insisted on its being received, for good or for evil, in the superlative degree of comparison only."
  );
}

class Entry {
  constructor(public word: string, public count: number) {}
}

function words(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    if ((c >= "a" && c <= "z") || c === "'") {
      cur += c;
    } else if (cur.length > 0) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function sortEntries(es: Entry[]): void {
  for (let i = 1; i < es.length; i++) {
    const e = es[i];
    let j = i - 1;
    while (j >= 0 && (es[j].count < e.count || (es[j].count === e.count && es[j].word > e.word))) {
      es[j + 1] = es[j];
      j--;
    }
    es[j + 1] = e;
  }
}

export function main(argv: string[]): number {
  const ws = words(text());
  console.log(ws.length);
  const freq = new Map<string, number>();
  for (const w of ws) freq.set(w, (freq.get(w) ?? 0) + 1);
  console.log(freq.size);
  const entries: Entry[] = [];
  for (const [w, c] of freq) entries.push(new Entry(w, c));
  sortEntries(entries);
  for (let i = 0; i < 12; i++) {
    const e = entries[i];
    console.log(e.word.padStart(12) + " " + "*".repeat(e.count) + " " + e.count);
  }
  const byLen = new Map<number, number>();
  let longest = "";
  for (const w of freq.keys()) {
    byLen.set(w.length, (byLen.get(w.length) ?? 0) + 1);
    if (w.length > longest.length || (w.length === longest.length && w < longest)) longest = w;
  }
  let lens = "";
  for (let l = 1; l <= 12; l++) {
    const c = byLen.get(l) ?? 0;
    if (c > 0) lens += l + ":" + c + " ";
  }
  console.log(lens);
  console.log(longest);
  const singles: string[] = [];
  for (const e of entries) {
    if (e.count === 1 && e.word.startsWith("d")) singles.push(e.word);
  }
  console.log(singles.join(","));
  const firstLetters = new Map<string, number>();
  for (const w of ws) firstLetters.set(w[0], (firstLetters.get(w[0]) ?? 0) + 1);
  let fl = "";
  for (const [k, v] of firstLetters) fl += k + v;
  console.log(fl);
  let acronym = "";
  for (const w of ws.slice(0, 12)) acronym += w[0].toUpperCase();
  console.log(acronym);
  return 0;
}
