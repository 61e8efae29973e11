/**
 * @module The server's view of the corpus: loaded at start, kept up to date file by file (its own
 * imports added in place, the folder watched for the rest), comparisons cached with a bound.
 */
import { watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Article, Comparison, Story } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { compareArticles } from "../core/compare.ts";
import { storyMatrix, type StoryMatrix } from "../core/story/story-matrix.ts";
import { openCorpus } from "../corpus/bulk.ts";
import { importArticle, type ImportInput, type ImportOptions } from "../corpus/import-article.ts";
import { LiveCorpus } from "../corpus/live-corpus.ts";
import { SIDECAR_EXT, isArticleFile, isSafeId, type Corpus } from "../corpus/store.ts";
import { corpusStories, type CorpusStories } from "../corpus/story-index.ts";
import { homeRows, type HomeRow } from "./home-rows.ts";

export interface CorpusStateOptions {
  corpusDir: string;
  /** Watch the folder and take in the files that change. @default true */
  watch?: boolean;
  /** Comparisons kept in memory. @default 200 */
  cacheSize?: number;
  /** Rough memory the cached comparisons may hold, in bytes. @default 64 MiB */
  cacheBytes?: number;
  /** Articles per page of the home table. @default 500 */
  pageSize?: number;
  /**
   * The folder's index (`<corpus>/.wirediff/`): "auto" loads through it when it exists (unchanged files are
   * not parsed again), "build" creates it first when absent, "off" parses every file. @default "auto"
   */
  index?: "auto" | "build" | "off";
  /** A PostgreSQL URL holding the folder's index instead of `.wirediff/` (used whenever given, unless "off"). */
  db?: string;
}

/** Watcher events within this many ms are taken in together. */
const WATCH_COALESCE_MS = 150;

export class CorpusState {
  corpus!: Corpus;
  /** Bumped on every change to the corpus. */
  version = 0;
  private stories: CorpusStories | null = null;
  private rows: HomeRow[] | null = null;
  private cache = new Map<string, { c: Comparison; bytes: number; a: string; b: string }>();
  private cacheBytes = 0;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Names the watcher reported since the last refresh; `rescan` when it could not say which. */
  private pending = new Set<string>();
  private rescan = false;
  /** Loads, refreshes and imports run one at a time, so none of them works on a corpus another replaced. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(readonly opts: CorpusStateOptions) {}

  /** (Re)load the whole corpus. */
  async load(): Promise<this> {
    await this.serial(async () => {
      this.corpus = await this.open();
      this.forget(null);
    });
    if (this.opts.watch !== false && !this.watcher && this.corpus instanceof LiveCorpus) {
      try {
        this.watcher = watch(this.opts.corpusDir, (_event, name) => this.noticed(name == null ? null : String(name)));
      } catch { /* a platform without watch: no live updates */ }
    }
    return this;
  }

  /** The corpus, through its index where there is one (or one is asked for), else read whole. */
  private async open(): Promise<Corpus> {
    const dir = this.opts.corpusDir, mode = this.opts.index ?? "auto";
    const isDir = mode !== "off" && (await stat(dir).then((s) => s.isDirectory(), () => false));
    if (!isDir) return openCorpus(dir);
    // loaded only when used: the native engine stays out of a server that has no index
    const { hasCorpusIndex, loadIndexedCorpus } = await import("../corpus/index/load-indexed-corpus.ts");
    if (mode === "auto" && !this.opts.db && !hasCorpusIndex(dir)) return openCorpus(dir);
    try {
      return await loadIndexedCorpus(dir, { db: this.opts.db });
    } catch (err) {
      if (mode === "build") throw err;
      console.error(`wirediff: the corpus index could not be read (${(err as Error).message}); reading every file`);
      return openCorpus(dir);
    }
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Imports need a corpus folder; an export file is read-only. */
  get writable(): boolean {
    return this.corpus instanceof LiveCorpus;
  }

  /** Import one article and add it to the loaded corpus, without reading the rest again; `parse` as importArticle's. */
  importArticle(input: ImportInput, parse?: ImportOptions["parse"]): Promise<{ article: Article; duplicate: boolean }> {
    return this.serial(async () => {
      const live = this.corpus;
      if (!(live instanceof LiveCorpus)) {
        const what = `this server reads the export file ${basename(live.dir)}, which takes no imports`;
        throw new InputError("conflict", `${what}: serve a corpus folder to import`);
      }
      const r = await importArticle(live.dir, input, { isTaken: (id) => live.has(id), parse });
      // a duplicate's file may be one the watcher has not reported yet
      this.forget(r.duplicate ? await live.refresh([r.file]) : await live.add(r.file, [r.article]));
      return { article: live.byId.get(r.article.id) ?? r.article, duplicate: r.duplicate };
    });
  }

  /** A watcher event: gather names for a short while, then re-read the files whose bytes changed. */
  private noticed(name: string | null): void {
    if (name === null) this.rescan = true;
    else if (isArticleFile(name) || name.endsWith(SIDECAR_EXT)) this.pending.add(name);
    else return;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      const names = [...this.pending], all = this.rescan;
      this.pending.clear();
      this.rescan = false;
      this.serial(async () => {
        if (this.closed) return;
        const live = this.corpus as LiveCorpus;
        this.forget(all ? await live.rescan() : await live.refresh(names));
      }).catch((e) => console.error(`wirediff: reading the corpus changes failed: ${(e as Error).message}`));
    }, WATCH_COALESCE_MS);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Drop what was derived from changed articles (null: from every article). */
  private forget(ids: Set<string> | null): void {
    if (ids !== null && ids.size === 0) return;
    this.version++;
    this.stories = null;
    this.rows = null;
    for (const [key, e] of this.cache) {
      if (ids !== null && !ids.has(e.a) && !ids.has(e.b)) continue;
      this.cache.delete(key);
      this.cacheBytes -= e.bytes;
    }
  }

  article(id: string): Article {
    if (!isSafeId(id)) throw new InputError("invalid", `"${id}" is not a valid article id`);
    const a = this.corpus.byId.get(id);
    if (!a) throw new InputError("not-found", `no article "${id}"`);
    return a;
  }

  /** One comparison, computed once and kept in an LRU bounded by count and by rough size. */
  compare(aId: string, bId: string): Comparison {
    const key = `${aId}\u0000${bId}`;
    const hit = this.cache.get(key);
    if (hit) { this.cache.delete(key); this.cache.set(key, hit); return hit.c; }
    const c = compareArticles(this.article(aId), this.article(bId));
    const bytes = comparisonBytes(c);
    this.cache.set(key, { c, bytes, a: aId, b: bId });
    this.cacheBytes += bytes;
    const maxCount = this.opts.cacheSize ?? 200, maxBytes = this.opts.cacheBytes ?? 64 * 1024 * 1024;
    // Evict the least recently used; the newest entry stays even when it alone is over the bound.
    while (this.cache.size > 1 && (this.cache.size > maxCount || this.cacheBytes > maxBytes)) {
      const [oldest, entry] = this.cache.entries().next().value!;
      this.cache.delete(oldest);
      this.cacheBytes -= entry.bytes;
    }
    return c;
  }

  /** Cached comparisons and their rough size in bytes (for tests and diagnostics). */
  cacheStats(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cacheBytes };
  }


  storyGroups(): CorpusStories {
    return (this.stories ??= corpusStories(this.corpus));
  }

  /** Every article as a home-table row (word counts and stories), computed once per corpus load. */
  homeRows(): HomeRow[] {
    if (this.rows) return this.rows;
    const g = this.storyGroups();
    const sizes = new Map(g.stories.map((s) => [s.id, s.versions.length]));
    return (this.rows = homeRows(this.corpus.articles, g.storyOf, sizes));
  }

  /** The story an article is a version of (a one-version story when it matched none). */
  storyOf(id: string): Story {
    this.article(id);
    const g = this.storyGroups();
    const storyId = g.storyOf.get(id);
    return g.stories.find((s) => s.id === storyId) ?? { id, source: id, versions: [id] };
  }

  /** The story holding an article (by story id or any version's id), with its matrix; `source` overrides the source. */
  story(id: string, source?: string): { id: string; versions: string[]; matrix: StoryMatrix } {
    this.article(id);
    const g = this.storyGroups();
    const s = g.stories.find((x) => x.id === id) ?? g.stories.find((x) => x.versions.includes(id))!;
    const src = source && s.versions.includes(source) ? source : s.source;
    const others = s.versions.filter((v) => v !== src);
    return { id: s.id, versions: s.versions, matrix: storyMatrix(this.article(src), others.map((v) => this.compare(src, v))) };
  }
}

/**
 * Rough heap size of a comparison: its edit texts (UTF-16, both sides) plus a fixed cost per edit
 * and link object. The articles themselves belong to the corpus and are not counted.
 */
function comparisonBytes(c: Comparison): number {
  let n = 0;
  for (const l of c.links) {
    n += 200;
    for (const e of l.edits) n += 2 * (e.a.length + e.b.length) + 120;
  }
  for (const q of c.quotes) n += 2 * (q.text.length + (q.bText?.length ?? 0)) + 150;
  return n;
}
