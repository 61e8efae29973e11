/** @module Logistic regression for the pair model: standardised features, L2 penalty, Newton steps. */

export interface Fitted {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Fit on rows (features) and labels (0/1); `lambda` is the L2 penalty on the standardised weights. */
export function fitLogistic(rows: readonly ArrayLike<number>[], labels: readonly number[], lambda: number): Fitted {
  const n = rows.length, d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0), scale = new Array<number>(d).fill(0);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i]! += r[i]! / n;
  for (const r of rows) for (let i = 0; i < d; i++) scale[i]! += (r[i]! - mean[i]!) ** 2 / n;
  for (let i = 0; i < d; i++) scale[i] = Math.sqrt(scale[i]!) || 1;
  const X = rows.map((r) => [1, ...Array.from({ length: d }, (_, i) => (r[i]! - mean[i]!) / scale[i]!)]);
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    X.forEach((x, k) => {
      let z = 0;
      for (let i = 0; i <= d; i++) z += x[i]! * w[i]!;
      const p = 1 / (1 + Math.exp(-z)), e = p - labels[k]!, q = p * (1 - p);
      for (let i = 0; i <= d; i++) { g[i]! += e * x[i]!; for (let j = 0; j <= d; j++) H[i]![j]! += q * x[i]! * x[j]!; }
    });
    for (let i = 1; i <= d; i++) { g[i]! += lambda * w[i]!; H[i]![i]! += lambda; }
    const step = solve(H, g);
    let moved = 0;
    for (let i = 0; i <= d; i++) { w[i]! -= step[i]!; moved = Math.max(moved, Math.abs(step[i]!)); }
    if (moved < 1e-9) break;
  }
  return { mean, scale, weights: w.slice(1), bias: w[0]! };
}

/** Solves A x = b by Gauss-Jordan elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length, M = A.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((r, i) => r[n]! / r[i]!);
}
