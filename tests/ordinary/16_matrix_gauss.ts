// Matrix class with arithmetic, transpose, determinant, inverse and linear solving
// by Gaussian elimination with partial pivoting; results printed with toFixed.

class SingularMatrixError extends Error {
  constructor(readonly column: number) {
    super(`matrix is singular (no pivot in column ${column})`);
  }
}

class Matrix {
  private constructor(readonly rows: number, readonly cols: number, private readonly data: Float64Array) {}

  static zeros(rows: number, cols: number): Matrix {
    return new Matrix(rows, cols, new Float64Array(rows * cols));
  }

  static identity(n: number): Matrix {
    return Matrix.from(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }

  static from(values: readonly (readonly number[])[]): Matrix {
    const rows = values.length;
    const cols = values[0]?.length ?? 0;
    if (values.some((r) => r.length !== cols)) throw new RangeError("ragged matrix");
    return new Matrix(rows, cols, Float64Array.from(values.flat()));
  }

  get(i: number, j: number): number { return this.data[i * this.cols + j]; }
  set(i: number, j: number, v: number): void { this.data[i * this.cols + j] = v; }

  row(i: number): number[] { return Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)); }

  map(f: (v: number, i: number, j: number) => number): Matrix {
    const out = Matrix.zeros(this.rows, this.cols);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) out.set(i, j, f(this.get(i, j), i, j));
    return out;
  }

  add(other: Matrix): Matrix {
    this.checkSameShape(other);
    return this.map((v, i, j) => v + other.get(i, j));
  }

  scale(k: number): Matrix { return this.map((v) => v * k); }

  transpose(): Matrix {
    const out = Matrix.zeros(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) out.set(j, i, this.get(i, j));
    return out;
  }

  mul(other: Matrix): Matrix {
    if (this.cols !== other.rows) throw new RangeError(`cannot multiply ${this.shape} by ${other.shape}`);
    const out = Matrix.zeros(this.rows, other.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < other.cols; j++) {
        let sum = 0;
        for (let k = 0; k < this.cols; k++) sum += this.get(i, k) * other.get(k, j);
        out.set(i, j, sum);
      }
    }
    return out;
  }

  get shape(): string { return `${this.rows}x${this.cols}`; }

  private checkSameShape(other: Matrix): void {
    if (this.rows !== other.rows || this.cols !== other.cols) throw new RangeError(`shape mismatch ${this.shape} vs ${other.shape}`);
  }

  // Reduces [this | rhs] to reduced row echelon form; returns the transformed rhs and the determinant.
  private eliminate(rhs: Matrix): { solution: Matrix; det: number } {
    if (this.rows !== this.cols) throw new RangeError("matrix must be square");
    const n = this.rows;
    const a = this.map((v) => v);
    const b = rhs.map((v) => v);
    let det = 1;
    const swapRows = (m: Matrix, r1: number, r2: number) => {
      for (let j = 0; j < m.cols; j++) {
        const t = m.get(r1, j);
        m.set(r1, j, m.get(r2, j));
        m.set(r2, j, t);
      }
    };
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(a.get(r, col)) > Math.abs(a.get(pivot, col))) pivot = r;
      if (Math.abs(a.get(pivot, col)) < 1e-12) throw new SingularMatrixError(col);
      if (pivot !== col) {
        swapRows(a, pivot, col);
        swapRows(b, pivot, col);
        det = -det;
      }
      const p = a.get(col, col);
      det *= p;
      for (let j = 0; j < n; j++) a.set(col, j, a.get(col, j) / p);
      for (let j = 0; j < b.cols; j++) b.set(col, j, b.get(col, j) / p);
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const factor = a.get(r, col);
        if (factor === 0) continue;
        for (let j = 0; j < n; j++) a.set(r, j, a.get(r, j) - factor * a.get(col, j));
        for (let j = 0; j < b.cols; j++) b.set(r, j, b.get(r, j) - factor * b.get(col, j));
      }
    }
    return { solution: b, det };
  }

  solve(rhs: Matrix): Matrix { return this.eliminate(rhs).solution; }
  inverse(): Matrix { return this.eliminate(Matrix.identity(this.rows)).solution; }

  determinant(): number {
    try {
      return this.eliminate(Matrix.zeros(this.rows, 1)).det;
    } catch (e) {
      if (e instanceof SingularMatrixError) return 0;
      throw e;
    }
  }

  toString(digits = 3): string {
    const cells = Array.from({ length: this.rows }, (_, i) => this.row(i).map((v) => (Object.is(v, -0) ? 0 : v).toFixed(digits)));
    const width = Math.max(...cells.flat().map((s) => s.length));
    return cells.map((r) => `  [ ${r.map((s) => s.padStart(width)).join("  ")} ]`).join("\n");
  }
}

export function main(argv: string[]): number {
  const a = Matrix.from([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]);
  const b = Matrix.from([[8], [-11], [-3]]);
  console.log("A =\n" + a);
  const x = a.solve(b);
  console.log("solution of Ax = b:\n" + x.toString(4));
  console.log("A * x =\n" + a.mul(x).toString(4));
  console.log(`det(A) = ${a.determinant().toFixed(6)}`);
  const inv = a.inverse();
  console.log("inverse(A) =\n" + inv);
  console.log("A * inverse(A) =\n" + a.mul(inv).toString(2));

  const hilbert = Matrix.identity(4).map((_, i, j) => 1 / (i + j + 1));
  console.log("Hilbert(4) =\n" + hilbert.toString(5));
  console.log(`det(Hilbert(4)) = ${hilbert.determinant().toExponential(4)}`);
  const residual = hilbert.mul(hilbert.inverse()).add(Matrix.identity(4).scale(-1));
  const maxErr = Math.max(...Array.from({ length: 4 }, (_, i) => residual.row(i).map(Math.abs)).flat());
  console.log(`max |H*inv(H) - I| < 1e-9: ${maxErr < 1e-9}`);

  const rect = Matrix.from([[1, 2, 3], [4, 5, 6]]);
  console.log(`rect ${rect.shape}, transpose ${rect.transpose().shape}, R*R^T =\n${rect.mul(rect.transpose()).toString(1)}`);
  const singular = Matrix.from([[1, 2], [2, 4]]);
  console.log(`det(singular) = ${singular.determinant()}`);
  for (const attempt of [() => singular.inverse(), () => rect.mul(rect), () => Matrix.from([[1, 2], [3]])]) {
    try {
      attempt();
    } catch (e) {
      console.log(`${(e as Error).constructor.name}: ${(e as Error).message}`);
    }
  }
  console.log(`rounding: ${[1.005, 2.5, -0.0001, 123.456789].map((v) => v.toFixed(2)).join(" ")}`);
  return 0;
}
