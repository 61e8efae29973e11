/**
 * @module ParsePool: parse uploads in worker threads with a time budget, so no request waits on
 * another's parse. A worker past its budget is terminated and the upload refused (413); the next
 * parse starts a fresh one. The input caps in core/parse bound what parsing costs; the budget
 * catches whatever they miss.
 */
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../project-root.ts";
import type { Article } from "../core/article.ts";
import { InputError, type InputErrorCode } from "../core/errors.ts";
import type { ParseInput } from "../core/parse/parse-article.ts";

/**
 * Longest one upload may take to parse (ms). Ordinary pages parse in 0.1-0.5 s; a page at the
 * element cap (HTML_MAX_ELEMENTS) took 2.5-5 s on the 2-core development machine under load.
 */
export const PARSE_BUDGET_MS = 5000;
/** Heap a parse worker may grow to (MB); past it the worker dies and the upload is refused. */
export const PARSE_HEAP_MB = 512;

export interface ParsePoolOptions {
  /** @default PARSE_BUDGET_MS */
  budgetMs?: number;
  /** Uploads parsed at once; more wait their turn. @default 2 */
  size?: number;
  /** @default PARSE_HEAP_MB */
  heapMb?: number;
}

/** What a worker sends back: "ready" once loaded, then one reply per input. */
export type ParseReply = "ready" | { article: Article } | { error: { code: InputErrorCode; message: string } };

interface Job {
  input: ParseInput;
  resolve: (a: Article) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Settles once the worker has loaded, or has died trying. */
  ready: Promise<void>;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

/**
 * The worker's entry and how to start it: the bundle beside this code when running from dist/
 * (scripts/bundle.mjs builds dist/parse-worker.mjs with dist/wirediff.mjs), else the TypeScript
 * source under tsx (tests, and read-only installs that run the sources).
 */
function workerEntry(): { entry: string | URL; eval: boolean } {
  const built = new URL("./parse-worker.mjs", import.meta.url);
  if (existsSync(fileURLToPath(built))) return { entry: built, eval: false };
  const source = pathToFileURL(join(PROJECT_ROOT, "src/server/parse-worker.ts")).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const [api, entry] = [JSON.stringify(tsx), JSON.stringify(source)];
  const boot = `import(${api}).then((t) => { t.register(); return import(${entry}); })`;
  return { entry: boot, eval: true };
}

export class ParsePool {
  private readonly slots: (Slot | null)[];
  private readonly queue: Job[] = [];
  private readonly budgetMs: number;
  private readonly heapMb: number;
  private closed = false;

  constructor(opts: ParsePoolOptions = {}) {
    this.budgetMs = opts.budgetMs ?? PARSE_BUDGET_MS;
    this.heapMb = opts.heapMb ?? PARSE_HEAP_MB;
    this.slots = new Array(Math.max(1, opts.size ?? 2)).fill(null);
  }

  /** Parse one article off this thread; throws as parseArticle would, or InputError("too-large") past the budget. */
  parse(input: ParseInput): Promise<Article> {
    if (this.closed) return Promise.reject(new Error("the parse pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.next();
    });
  }

  /** Stop every worker; parses in progress or waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = new Error("the server is stopping");
    for (const job of this.queue.splice(0)) job.reject(stopping);
    await Promise.all(this.slots.map((slot) => {
      if (!slot) return;
      const job = this.finish(slot);
      job?.reject(stopping);
      return slot.worker.terminate();
    }));
  }

  private next(): void {
    for (let i = 0; i < this.slots.length && this.queue.length && !this.closed; i++) {
      if (this.slots[i]?.job) continue;
      const slot = (this.slots[i] ??= this.spawn());
      void this.run(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const { entry, eval: isEval } = workerEntry();
    const worker = new Worker(entry, { eval: isEval, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    worker.unref(); // an idle worker never keeps the process alive
    let loaded!: () => void;
    const slot: Slot = { worker, ready: new Promise((r) => (loaded = r)), job: null };
    worker.on("message", (m: ParseReply) => {
      if (m === "ready") return loaded();
      const job = this.finish(slot);
      if (!job) return;
      if ("article" in m) job.resolve(m.article);
      else job.reject(new InputError(m.error.code, m.error.message));
      this.next();
    });
    worker.on("error", (err: Error & { code?: string }) => {
      loaded();
      this.dead(slot)?.reject(err.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new InputError("too-large", `parsing needed more than ${this.heapMb} MB (the limit); the article was refused`)
        : new Error(`the parse worker failed: ${err.message}`, { cause: err }));
    });
    worker.on("exit", () => {
      loaded();
      this.dead(slot)?.reject(new Error("the parse worker stopped"));
    });
    return slot;
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    slot.job = job;
    slot.worker.ref();
    await slot.ready;
    if (slot.job !== job) return; // the worker died while loading, and the job was refused
    // the budget counts from the moment the loaded worker has the input, not from its start
    slot.timer = setTimeout(() => {
      const limit = `${this.budgetMs / 1000} s`;
      this.dead(slot)?.reject(new InputError("too-large",
        `the article took longer than ${limit} to parse (the limit) and was refused; `
        + "save only the article, or paste its text"));
      void slot.worker.terminate();
    }, this.budgetMs);
    slot.worker.postMessage(job.input);
  }

  /** The slot's job, now done: the worker goes idle. */
  private finish(slot: Slot): Job | null {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = null;
    slot.worker.unref();
    return job;
  }

  /** Forget a dead or stopped worker and return the job it held; its slot starts a new worker when needed. */
  private dead(slot: Slot): Job | null {
    const job = this.finish(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = null;
    queueMicrotask(() => this.next());
    return job;
  }
}
