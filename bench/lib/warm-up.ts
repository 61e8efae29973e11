/**
 * @module The warm-up every in-process contender gets before it is timed (wirediff and its
 * JavaScript peers alike): runs, not counted, until the JIT has settled, as in a long-running
 * server. Up to 3,000 runs or 1.5 s, whichever comes first: with the earlier 300-run cap a
 * 1,000-word comparison (about 1 ms a run) was still settling, and read 0.79-0.86 ms where 3,000
 * runs read 0.63-0.68 ms.
 */
export const WARM_UP_RUNS = 3000;
export const WARM_UP_MS = 1500;

export function warmUp(fn: () => unknown): void {
  for (let i = 0, w0 = performance.now(); i < WARM_UP_RUNS && performance.now() - w0 < WARM_UP_MS; i++) fn();
}
