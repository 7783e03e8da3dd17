// Small statistics for side-by-side samples: mean with a 95 % confidence interval (Student's t), and the ratio of
// two means with its interval by the delta method.

// Two-sided 97.5 % quantiles of Student's t for small samples; 1.96 beyond.
const T = {
  4: 2.776,
  5: 2.571,
  6: 2.447,
  7: 2.365,
  8: 2.306,
  9: 2.262,
  10: 2.228,
  12: 2.179,
  15: 2.131,
  20: 2.086,
  25: 2.06,
  30: 2.042,
  40: 2.021,
  60: 2.0
};
const tFor = (df) => {
  const keys = Object.keys(T)
    .map(Number)
    .filter((k) => k <= df);
  return keys.length ? T[Math.max(...keys)] : 12.71;
};

export function summarize(samples) {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1);
  const sd = Math.sqrt(variance);
  const half = (n > 60 ? 1.96 : tFor(n - 1)) * (sd / Math.sqrt(n));
  return { n, mean, sd, low: mean - half, high: mean + half, half, median: median(samples) };
}

/** The ratio a/b of two summarized means, with a 95 % interval (delta method). */
export function ratio(a, b) {
  const r = a.mean / b.mean;
  const se = Math.abs(r) * Math.sqrt((a.sd / a.mean) ** 2 / a.n + (b.sd / b.mean) ** 2 / b.n);
  return { r, low: r - 1.96 * se, high: r + 1.96 * se };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
