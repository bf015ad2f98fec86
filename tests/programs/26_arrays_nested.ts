// Arrays of arrays: matrices (number[][]), jagged rows, string grids, Pascal's triangle.
function matMul(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const m = b[0].length;
  const k = b.length;
  const c: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a[i][t] * b[t][j];
      row.push(s);
    }
    c.push(row);
  }
  return c;
}

function showMat(m: number[][]): string {
  const rows: string[] = [];
  for (const r of m) rows.push(r.join(" "));
  return rows.join(" / ");
}

function identity(n: number): number[][] {
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(i === j ? 1 : 0);
    m.push(row);
  }
  return m;
}

function transpose(m: number[][]): number[][] {
  const t: number[][] = [];
  for (let j = 0; j < m[0].length; j++) {
    const row: number[] = [];
    for (let i = 0; i < m.length; i++) row.push(m[i][j]);
    t.push(row);
  }
  return t;
}

export function main(argv: string[]): number {
  const a: number[][] = [[1, 2], [3, 4]];
  const b: number[][] = [[5, 6], [7, 8]];
  console.log(showMat(matMul(a, b)));
  console.log(showMat(matMul(a, identity(2))));
  let p = identity(2);
  const fibm: number[][] = [[1, 1], [1, 0]];
  for (let i = 0; i < 40; i++) p = matMul(p, fibm);
  console.log(p[0][1]);
  const r: number[][] = [[1, 2, 3], [4, 5, 6]];
  console.log(showMat(transpose(r)));
  r[1][2] = 60;
  console.log(r[1][2] + r[0][0]);
  const pascal: number[][] = [[1]];
  for (let i = 1; i < 12; i++) {
    const prev = pascal[i - 1];
    const row: number[] = [1];
    for (let j = 1; j < i; j++) row.push(prev[j - 1] + prev[j]);
    row.push(1);
    pascal.push(row);
  }
  console.log(pascal[11].join(" "));
  console.log(pascal.length + " " + pascal[5].length);
  const jag: number[][] = [];
  for (let i = 0; i < 5; i++) {
    jag.push([]);
    for (let j = 0; j <= i; j++) jag[i].push(j * i);
  }
  console.log(showMat(jag));
  const grid: string[][] = [];
  for (let i = 0; i < 4; i++) {
    const row: string[] = [];
    for (let j = 0; j < 6; j++) row.push((i + j) % 2 === 0 ? "#" : ".");
    grid.push(row);
  }
  grid[2][3] = "@";
  for (const row of grid) console.log(row.join(""));
  const shared: number[] = [1, 2];
  const holder: number[][] = [shared, shared];
  holder[0][0] = 100;
  console.log(holder[1][0] + " " + shared[0]);
  const cube: number[][][] = [];
  for (let i = 0; i < 3; i++) {
    const plane: number[][] = [];
    for (let j = 0; j < 3; j++) {
      const line: number[] = [];
      for (let k = 0; k < 3; k++) line.push(i * 9 + j * 3 + k);
      plane.push(line);
    }
    cube.push(plane);
  }
  console.log(cube[2][1][0] + " " + cube[1][2][2]);
  const fm: number[][] = [[0.5, 1.5], [2.0, -1.0]];
  const fm2: number[][] = [];
  for (let i = 0; i < 2; i++) {
    const row: number[] = [];
    for (let j = 0; j < 2; j++) {
      let s = 0.0;
      for (let t = 0; t < 2; t++) s += fm[i][t] * fm[t][j];
      row.push(s);
    }
    fm2.push(row);
  }
  console.log(fm2[0].join(" ") + " / " + fm2[1].join(" "));
  return 0;
}
