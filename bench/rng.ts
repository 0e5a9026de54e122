// Deterministic pseudo-random numbers for the benchmark: the same seed gives the same data and the
// same query sample on every machine (mulberry32; not for cryptography).

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Picks from `items` with the given weights (need not sum to 1). */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** `count` distinct indexes in [0, n) (count <= n). */
  distinct(n: number, count: number, draw: () => number = () => Math.floor(this.next() * n)): number[] {
    const seen = new Set<number>();
    let guard = 0;
    while (seen.size < Math.min(count, n) && guard++ < count * 50) seen.add(draw());
    return [...seen];
  }
}

/**
 * Zipf-like sampler over [0, n): index k has weight 1 / (k + 1)^s, so a few low indexes are hubs.
 * Sampling is a binary search over the cumulative weights (O(log n)).
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = sum;
    }
  }

  sample(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
