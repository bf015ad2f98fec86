// Quick sort, merge sort, heap sort and insertion sort, generic over a comparator,
// compared by comparison counts and stability on records and numbers.

type Comparator<T> = (a: T, b: T) => number;

interface SortAlgorithm {
  name: string;
  stable: boolean;
  sort<T>(items: T[], cmp: Comparator<T>): T[];
}

function insertionSort<T>(items: T[], cmp: Comparator<T>, lo = 0, hi = items.length - 1): T[] {
  for (let i = lo + 1; i <= hi; i++) {
    const x = items[i];
    let j = i - 1;
    while (j >= lo && cmp(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}

function quickSort<T>(items: T[], cmp: Comparator<T>): T[] {
  const medianOfThree = (lo: number, hi: number): T => {
    const mid = lo + ((hi - lo) >> 1);
    const [a, b, c] = [items[lo], items[mid], items[hi]];
    if (cmp(a, b) < 0) return cmp(b, c) < 0 ? b : cmp(a, c) < 0 ? c : a;
    return cmp(a, c) < 0 ? a : cmp(b, c) < 0 ? c : b;
  };
  const go = (lo: number, hi: number): void => {
    while (hi - lo > 10) {
      const pivot = medianOfThree(lo, hi);
      let i = lo, j = hi;
      while (i <= j) {
        while (cmp(items[i], pivot) < 0) i++;
        while (cmp(items[j], pivot) > 0) j--;
        if (i <= j) {
          [items[i], items[j]] = [items[j], items[i]];
          i++;
          j--;
        }
      }
      // recurse into the smaller half, loop on the larger one
      if (j - lo < hi - i) { go(lo, j); lo = i; } else { go(i, hi); hi = j; }
    }
    insertionSort(items, cmp, lo, hi);
  };
  go(0, items.length - 1);
  return items;
}

function mergeSort<T>(items: T[], cmp: Comparator<T>): T[] {
  if (items.length <= 1) return items;
  const mid = items.length >>> 1;
  const left = mergeSort(items.slice(0, mid), cmp);
  const right = mergeSort(items.slice(mid), cmp);
  let i = 0, j = 0, k = 0;
  while (i < left.length && j < right.length) items[k++] = cmp(right[j], left[i]) < 0 ? right[j++] : left[i++];
  while (i < left.length) items[k++] = left[i++];
  while (j < right.length) items[k++] = right[j++];
  return items;
}

function heapSort<T>(items: T[], cmp: Comparator<T>): T[] {
  const n = items.length;
  const siftDown = (start: number, end: number) => {
    let root = start;
    while (2 * root + 1 < end) {
      let child = 2 * root + 1;
      if (child + 1 < end && cmp(items[child], items[child + 1]) < 0) child++;
      if (cmp(items[root], items[child]) >= 0) return;
      [items[root], items[child]] = [items[child], items[root]];
      root = child;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i, n);
  for (let end = n - 1; end > 0; end--) {
    [items[0], items[end]] = [items[end], items[0]];
    siftDown(0, end);
  }
  return items;
}

const algorithms: SortAlgorithm[] = [
  { name: "insertion", stable: true, sort: (xs, c) => insertionSort(xs, c) },
  { name: "quick", stable: false, sort: quickSort },
  { name: "merge", stable: true, sort: mergeSort },
  { name: "heap", stable: false, sort: heapSort },
  { name: "builtin", stable: true, sort: (xs, c) => xs.sort(c) },
];

function xorshift(seed: number) {
  let x = seed | 0 || 1;
  return (): number => {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

function countingComparator<T>(cmp: Comparator<T>): { cmp: Comparator<T>; count: () => number } {
  let n = 0;
  return { cmp: (a, b) => (n++, cmp(a, b)), count: () => n };
}

const isSorted = <T>(xs: readonly T[], cmp: Comparator<T>) => xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0);

interface Employee { name: string; dept: string; salary: number }

export function main(argv: string[]): number {
  const rand = xorshift(7);
  const datasets: Record<string, number[]> = {
    random: Array.from({ length: 500 }, () => Math.floor(rand() * 1000)),
    sorted: Array.from({ length: 500 }, (_, i) => i),
    reversed: Array.from({ length: 500 }, (_, i) => 500 - i),
    fewUnique: Array.from({ length: 500 }, () => Math.floor(rand() * 4)),
  };
  const byNumber: Comparator<number> = (a, b) => a - b;
  console.log(`${"algorithm".padEnd(10)}${Object.keys(datasets).map((k) => k.padStart(11)).join("")}`);
  for (const alg of algorithms) {
    const cells = Object.values(datasets).map((data) => {
      const counter = countingComparator(byNumber);
      const out = alg.sort([...data], counter.cmp);
      // the engine's own sort algorithm is unspecified, so only report its correctness
      const detail = alg.name === "builtin" ? "ok" : String(counter.count());
      return (isSorted(out, byNumber) ? detail : "WRONG").padStart(11);
    });
    console.log(`${alg.name.padEnd(10)}${cells.join("")}`);
  }

  const employees: Employee[] = [
    { name: "Ada", dept: "eng", salary: 120 }, { name: "Bob", dept: "ops", salary: 90 },
    { name: "Cy", dept: "eng", salary: 100 }, { name: "Dee", dept: "sales", salary: 90 },
    { name: "Eve", dept: "ops", salary: 95 }, { name: "Fay", dept: "eng", salary: 100 },
    { name: "Gus", dept: "sales", salary: 70 }, { name: "Hal", dept: "ops", salary: 90 },
    { name: "Ivy", dept: "eng", salary: 120 }, { name: "Jon", dept: "sales", salary: 90 },
    { name: "Kim", dept: "eng", salary: 100 }, { name: "Lou", dept: "ops", salary: 95 },
    { name: "Max", dept: "sales", salary: 90 },
  ];
  const bySalaryDesc: Comparator<Employee> = (a, b) => b.salary - a.salary;
  const thenBy = <T>(...cmps: Comparator<T>[]): Comparator<T> => (a, b) => {
    for (const c of cmps) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
  const byDeptThenName = thenBy<Employee>((a, b) => a.dept.localeCompare(b.dept), (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const alg of algorithms) {
    const sorted = alg.sort([...employees], bySalaryDesc);
    // stable iff equal salaries keep their original (alphabetical) order
    const stableHere = sorted.every((e, i) => i === 0 || sorted[i - 1].salary !== e.salary || sorted[i - 1].name < e.name);
    console.log(`${alg.name.padEnd(10)} stable=${String(stableHere).padEnd(5)} ${sorted.map((e) => `${e.name}:${e.salary}`).join(" ")}`);
  }
  const grouped = mergeSort([...employees], byDeptThenName);
  console.log("by dept, name:", grouped.map((e) => `${e.dept}/${e.name}`).join(" "));
  const words = "delta Alpha charlie bravo echo Foxtrot alpha".split(" ");
  console.log("case-insensitive:", quickSort([...words], (a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || (a < b ? -1 : 1)).join(" "));
  console.log("by length desc:", heapSort([...words], (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join(" "));
  return 0;
}
