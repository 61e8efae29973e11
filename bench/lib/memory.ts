/**
 * @module Memory of one call, measured two ways:
 * - kept: what its result holds. This is the heap after a full collection, with the result still
 *   referenced, minus the heap before, typed arrays' buffers (which live outside the heap) included.
 *   It needs --expose-gc, which `npm run bench` passes.
 * - allocated: everything the call allocates on the JavaScript heap, garbage included. This is what
 *   the young-generation collector works through. It comes from V8's sampling heap profiler, which
 *   also counts objects freed since (an estimate, one sample per KiB on average). Typed arrays'
 *   buffers are not on that heap and not counted.
 * Heap growth across a call is neither of these: scavenges run during the call and free part of
 * its garbage, so that figure depends on when they happen to run.
 */
import { Session } from "node:inspector/promises";

let sink: unknown;

/**
 * MB the result of `fn` keeps alive, the median of five calls (each between two pairs of full
 * collections: a single one may leave buffers it freed counted), never below 0; null without
 * --expose-gc. Accounting noise is a few hundred KB, so small results read as 0 to 0.5.
 */
export function keptMB(fn: () => unknown): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const runs: number[] = [];
  // one frame per call: a result left in a finished frame's registers would still count as live
  for (let i = 0; i < 5; i++) runs.push(keptOnce(fn, gc));
  runs.sort((x, y) => x - y);
  return Math.max(0, runs[2]!);
}

function keptOnce(fn: () => unknown, gc: () => void): number {
  gc(); gc();
  const before = heapAndBuffers();
  const result = fn();
  gc(); gc();
  const after = heapAndBuffers();
  sink = result; // the result is still referenced at the collections before `after`
  sink = undefined;
  return (after - before) / 1e6;
}

function heapAndBuffers(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

interface SamplingNode { selfSize: number; children: SamplingNode[] }

/** MB `fn` allocates per call, the average of `runs` calls. */
export async function allocatedMB(fn: () => unknown, runs = 3): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    // (the two include flags keep the samples of objects a collection has freed since)
    await session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as object);
    for (let i = 0; i < runs; i++) fn();
    const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: SamplingNode } };
    let total = 0;
    const todo = [profile.head];
    for (let n = todo.pop(); n !== undefined; n = todo.pop()) { total += n.selfSize; todo.push(...n.children); }
    return total / runs / 1e6;
  } finally {
    session.disconnect();
  }
}
