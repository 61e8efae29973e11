/** @module The server's view of the corpus: loaded at start, re-read when the folder changes, comparisons cached with a bound. */
import { watch, type FSWatcher } from "node:fs";
import type { Article, Comparison } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { compareArticles } from "../core/compare.ts";
import { storyMatrix, type StoryMatrix } from "../core/story/story-matrix.ts";
import { openCorpus } from "../corpus/bulk.ts";
import { isSafeId, type Corpus } from "../corpus/store.ts";
import { corpusStories, type CorpusStories } from "../corpus/story-index.ts";
import { homeRows, type HomeRow } from "./home-rows.ts";

export interface CorpusStateOptions {
  corpusDir: string;
  /** Watch the folder and re-read it on change. @default true */
  watch?: boolean;
  /** Comparisons kept in memory. @default 200 */
  cacheSize?: number;
  /** Rough memory the cached comparisons may hold, in bytes. @default 64 MiB */
  cacheBytes?: number;
  /** Articles per page of the home table. @default 500 */
  pageSize?: number;
}

export class CorpusState {
  corpus!: Corpus;
  /** Bumped on every reload; cache keys carry it so stale entries are never served. */
  version = 0;
  private stories: CorpusStories | null = null;
  private rows: HomeRow[] | null = null;
  private cache = new Map<string, { c: Comparison; bytes: number }>();
  private cacheBytes = 0;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly opts: CorpusStateOptions) {}

  async load(): Promise<this> {
    this.corpus = await openCorpus(this.opts.corpusDir);
    this.version++;
    this.cache.clear();
    this.cacheBytes = 0;
    this.stories = null;
    this.rows = null;
    if (this.opts.watch !== false && !this.watcher) {
      try {
        this.watcher = watch(this.opts.corpusDir, () => {
          if (this.timer) clearTimeout(this.timer);
          this.timer = setTimeout(() => { this.load().catch((e) => console.error(`wirediff: reloading the corpus failed: ${e.message}`)); }, 150);
        });
      } catch { /* an export file or a platform without watch: no live reload */ }
    }
    return this;
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
  }

  article(id: string): Article {
    if (!isSafeId(id)) throw new InputError("invalid", `"${id}" is not a valid article id`);
    const a = this.corpus.byId.get(id);
    if (!a) throw new InputError("not-found", `no article "${id}"`);
    return a;
  }

  /** One comparison, computed once and kept in an LRU bounded by count and by rough size. */
  compare(aId: string, bId: string): Comparison {
    const key = `${this.version}\u0000${aId}\u0000${bId}`;
    const hit = this.cache.get(key);
    if (hit) { this.cache.delete(key); this.cache.set(key, hit); return hit.c; }
    const c = compareArticles(this.article(aId), this.article(bId));
    const bytes = comparisonBytes(c);
    this.cache.set(key, { c, bytes });
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
