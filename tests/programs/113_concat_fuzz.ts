// Random concatenations over a pool of strings, checked against the same
// operations on arrays of code units: appends and prepends that grow a
// buffer in place, forks of one string grown twice at the same end (the
// second must copy), strings concatenated with themselves, and pieces long
// enough that results become views (the translated program's long strings).
// Prints a checksum per round so any divergence shows where it started.
let seed = 12345;

function next(n: number): number {
  seed = (seed * 75 + 74) % 65537;
  return seed % n;
}

function piece(): string {
  const k = next(10);
  if (k < 5) return String.fromCharCode(97 + next(26));
  if (k < 8) return "<" + next(1000) + ">";
  let s = "";
  const n = 100 + next(300);
  for (let i = 0; i < n; i++) s += String.fromCharCode(65 + ((i * 7) % 26));
  return s;
}

function unitsOf(s: string): number[] {
  const u: number[] = [];
  for (let i = 0; i < s.length; i++) u.push(s.charCodeAt(i));
  return u;
}

function joined(a: number[], b: number[]): number[] {
  const u: number[] = [];
  for (const x of a) u.push(x);
  for (const x of b) u.push(x);
  return u;
}

function same(s: string, u: number[]): boolean {
  if (s.length !== u.length) return false;
  for (let i = 0; i < u.length; i++) if (s.charCodeAt(i) !== u[i]) return false;
  return true;
}

function checksum(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000003;
  return h;
}

export function main(argv: string[]): number {
  const n = 8;
  const pool: string[] = [];
  const ref: number[][] = [];
  for (let i = 0; i < n; i++) {
    pool.push("");
    ref.push([]);
  }
  let bad = 0;
  for (let round = 0; round < 6; round++) {
    for (let step = 0; step < 70; step++) {
      const i = next(n);
      const j = next(n);
      const k = next(12);
      if (k < 4) {
        const p = piece();
        pool[i] = pool[j] + p; // appends in place when pool[j] is its buffer's latest
        ref[i] = joined(ref[j], unitsOf(p));
      } else if (k < 7) {
        const p = piece();
        pool[i] = p + pool[j];
        ref[i] = joined(unitsOf(p), ref[j]);
      } else if (k < 10) {
        const m = next(n);
        pool[i] = pool[j] + pool[m];
        ref[i] = joined(ref[j], ref[m]);
      } else if (k < 11) {
        pool[i] = pool[j] + pool[j];
        ref[i] = joined(ref[j], ref[j]);
      } else if (pool[j].length > 4000) {
        pool[i] = pool[j].slice(0, 50);
        ref[i] = ref[j].slice(0, 50);
      }
      if (pool[i].length > 8000) {
        pool[i] = pool[i].slice(pool[i].length - 300);
        ref[i] = ref[i].slice(ref[i].length - 300);
      }
    }
    let line = "round " + round + ":";
    for (let i = 0; i < n; i++) {
      if (!same(pool[i], ref[i])) bad++;
      line += " " + pool[i].length + "/" + checksum(pool[i]);
    }
    console.log(line);
  }
  console.log("mismatches:", bad);
  return bad === 0 ? 0 : 1;
}
