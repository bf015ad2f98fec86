// Sorting algorithms on int arrays without callbacks: quicksort, merge sort, counting sort, binary search.
import { intDiv } from "rts/rlib";

function quicksort(a: number[], lo: number, hi: number): void {
  if (lo >= hi) return;
  const pivot = a[intDiv(lo + hi, 2)];
  let i = lo;
  let j = hi;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) {
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
    }
  }
  quicksort(a, lo, j);
  quicksort(a, i, hi);
}

function mergeSort(a: number[]): number[] {
  if (a.length <= 1) return a;
  const mid = intDiv(a.length, 2);
  const l = mergeSort(a.slice(0, mid));
  const r = mergeSort(a.slice(mid));
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    if (l[i] <= r[j]) out.push(l[i++]);
    else out.push(r[j++]);
  }
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

function countingSort(a: number[], maxVal: number): number[] {
  const counts = new Int32Array(maxVal + 1);
  for (const x of a) counts[x]++;
  const out: number[] = [];
  for (let v = 0; v <= maxVal; v++) {
    for (let k = 0; k < counts[v]; k++) out.push(v);
  }
  return out;
}

function binarySearch(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (a[mid] === x) return mid;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

function isSorted(a: number[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
  return true;
}

function randomArray(n: number, seed: number, mod: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 16807) % 2147483647;
    out.push(x % mod);
  }
  return out;
}

export function main(argv: string[]): number {
  const small: number[] = [5, -2, 9, 0, 5, 3, -8, 7, 1, 1];
  const q = small.slice(0);
  quicksort(q, 0, q.length - 1);
  console.log(q.join(" "));
  console.log(mergeSort(small).join(" "));
  console.log(small.join(" "));
  const big = randomArray(20000, 42, 100000);
  const bq = big.slice(0);
  quicksort(bq, 0, bq.length - 1);
  const bm = mergeSort(big);
  const bc = countingSort(big, 99999);
  console.log(isSorted(bq) + " " + isSorted(bm) + " " + isSorted(bc) + " " + isSorted(big));
  let same = true;
  for (let i = 0; i < bq.length; i++) {
    if (bq[i] !== bm[i] || bq[i] !== bc[i]) same = false;
  }
  console.log(same);
  console.log(bq[0] + " " + bq[10000] + " " + bq[19999]);
  console.log(binarySearch(q, 7));
  console.log(binarySearch(q, 4));
  console.log(binarySearch(q, -100));
  console.log(binarySearch(q, 100));
  let found = 0;
  for (let x = 0; x < 1000; x++) {
    if (binarySearch(bq, x) >= 0) found++;
  }
  console.log(found);
  const sorted: number[] = [];
  for (let i = 0; i < 10; i++) sorted.push(i);
  quicksort(sorted, 0, sorted.length - 1);
  console.log(sorted.join(","));
  const rev: number[] = [];
  for (let i = 10; i > 0; i--) rev.push(i * i);
  console.log(mergeSort(rev).join(","));
  const empty: number[] = [];
  console.log(mergeSort(empty).length);
  return 0;
}
