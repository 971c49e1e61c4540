import { performance } from "node:perf_hooks";

/** The spread of a figure over several runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of some figures. */
export function spreadOf(figures: number[]): Spread {
  const sorted = [...figures].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Milliseconds `body` takes: `warmups` runs left out, then `runs` runs. */
export async function timeRuns(runs: number, body: () => unknown, warmups = 1): Promise<Spread> {
  for (let i = 0; i < warmups; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  return spreadOf(times);
}

/** Heap in use after a full collection (node --expose-gc). */
export function settledHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}
