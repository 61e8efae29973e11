/** @module The server's view of the corpus: loaded at start, re-read when the folder changes, comparisons cached with a bound. */
import { watch, type FSWatcher } from "node:fs";
import type { Article, Comparison } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { compareArticles } from "../core/compare.ts";
import { storyMatrix, type StoryMatrix } from "../core/story/story-matrix.ts";
import { openCorpus } from "../corpus/bulk.ts";
import { isSafeId, type Corpus } from "../corpus/store.ts";
import { corpusStories, type CorpusStories } from "../corpus/story-index.ts";

export interface CorpusStateOptions {
  corpusDir: string;
  /** Watch the folder and re-read it on change. @default true */
  watch?: boolean;
  /** Comparisons kept in memory. @default 200 */
  cacheSize?: number;
}

export class CorpusState {
  corpus!: Corpus;
  /** Bumped on every reload; cache keys carry it so stale entries are never served. */
  version = 0;
  private stories: CorpusStories | null = null;
  private cache = new Map<string, Comparison>();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly opts: CorpusStateOptions) {}

  async load(): Promise<this> {
    this.corpus = await openCorpus(this.opts.corpusDir);
    this.version++;
    this.cache.clear();
    this.stories = null;
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

  /** One comparison, computed once and kept in a bounded LRU. */
  compare(aId: string, bId: string): Comparison {
    const key = `${this.version}\u0000${aId}\u0000${bId}`;
    const hit = this.cache.get(key);
    if (hit) { this.cache.delete(key); this.cache.set(key, hit); return hit; }
    const c = compareArticles(this.article(aId), this.article(bId));
    this.cache.set(key, c);
    const max = this.opts.cacheSize ?? 200;
    while (this.cache.size > max) this.cache.delete(this.cache.keys().next().value!);
    return c;
  }

  storyGroups(): CorpusStories {
    return (this.stories ??= corpusStories(this.corpus));
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
