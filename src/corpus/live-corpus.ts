/** @module A corpus folder held in memory that takes a change to one file without reading the others. */
import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Article } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import { applyCorpusRoles } from "../core/parse/apply-corpus-roles.ts";
import {
  FORMAT_OF_EXT, SIDECAR_EXT, digestFile, isArticleFile, readCorpusFile, type Corpus, type Digest, type FileRead,
} from "./article-files.ts";

/** Load every article file of a folder (not recursive). Unreadable files are reported in `errors`. */
export function loadCorpus(dir: string): Promise<LiveCorpus> {
  return LiveCorpus.load(dir);
}

interface Owner { file: string; article: Article }

/** What gives one outlet's articles their corpus-level roles (applyCorpusRoles). */
export type CorpusRoles = (articles: readonly Article[]) => Article[];

/**
 * The articles of a folder, in file-name order. An article is kept as parsed, and as shown (with the
 * corpus-level roles, which look only within one outlet): a change re-applies them to that outlet's
 * articles alone. Where two files give one id, the first file by name wins and the other is reported.
 */
export class LiveCorpus implements Corpus {
  /** Shown articles by id. */
  readonly byId = new Map<string, Article>();
  private files = new Map<string, FileRead>();
  /** File names, sorted: the order of `articles`, and the order that decides a duplicate id. */
  private names: string[] = [];
  /** id -> the files that give it, in name order. */
  private owners = new Map<string, Owner[]>();
  /** Shown id -> its article as parsed. */
  private parsed = new Map<string, Article>();
  /** Lower-cased outlet -> ids of the shown articles of that outlet. */
  private outlets = new Map<string, Set<string>>();
  /** File name (articles and sidecars) -> digest when last read (null: absent). */
  private digests = new Map<string, Digest | null>();
  private listed: { articles: Article[]; errors: Corpus["errors"] } | null = null;

  private constructor(readonly dir: string) {}

  static async load(dir: string): Promise<LiveCorpus> {
    const corpus = new LiveCorpus(dir);
    await corpus.rescan();
    return corpus;
  }

  /**
   * A corpus from what its files gave when last read (the index), taken as read now: nothing is parsed.
   * `corpusRoles` stands in for applyCorpusRoles at this one load (the index holds its results).
   */
  static fromReads(dir: string, reads: Map<string, FileRead>, corpusRoles?: CorpusRoles): LiveCorpus {
    const corpus = new LiveCorpus(dir);
    corpus.apply(reads, corpusRoles);
    return corpus;
  }

  get articles(): Article[] {
    return this.list().articles;
  }

  get errors(): Corpus["errors"] {
    return this.list().errors;
  }

  /** Whether any file of the folder gives this id (shown or not). */
  has(id: string): boolean {
    return this.owners.has(id);
  }

  /** Read the folder's listing again and re-read what changed since it was read. Returns the ids changed. */
  async rescan(): Promise<Set<string>> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter(isArticleFile);
    } catch {
      throw new InputError("not-found", `no such corpus folder: ${this.dir}`);
    }
    return this.refresh([...new Set([...names, ...this.names])].sort());
  }

  /**
   * Re-read the named files (article files or sidecars) whose bytes changed since they were read; a file
   * now absent is removed. Names of other files are ignored. Returns the ids whose shown article changed.
   */
  async refresh(names: Iterable<string>): Promise<Set<string>> {
    const reads = new Map<string, FileRead | null>();
    for (const name of names) {
      const sidecar = name.endsWith(SIDECAR_EXT);
      if (!sidecar && !isArticleFile(name)) continue;
      if (this.digests.has(name) && this.digests.get(name) === (await digestFile(join(this.dir, name)))) continue;
      const files = sidecar ? this.filesWithBase(name.slice(0, -SIDECAR_EXT.length)) : [name];
      for (const file of files) if (!reads.has(file)) reads.set(file, await readCorpusFile(this.dir, file));
    }
    return this.apply(reads);
  }

  /**
   * Take in a file the server has just written (an import) with the articles it gives, without reading
   * it back: the digests are taken so the watcher's report of the write is known for what it is.
   */
  async add(name: string, articles: Article[]): Promise<Set<string>> {
    const side = name.slice(0, name.length - extname(name).length) + SIDECAR_EXT;
    const digests: FileRead["digests"] = [];
    for (const file of [name, side]) digests.push([file, await digestFile(join(this.dir, file))]);
    return this.apply(new Map([[name, { articles, errors: [], digests }]]));
  }

  private filesWithBase(base: string): string[] {
    return Object.keys(FORMAT_OF_EXT).map((ext) => base + ext).filter((f) => this.files.has(f));
  }

  /** Replace what files give (null: gone), then redo the roles of the outlets touched. */
  private apply(reads: Map<string, FileRead | null>, corpusRoles: CorpusRoles = applyCorpusRoles): Set<string> {
    const touched = new Set<string>();
    for (const [name, read] of reads) {
      for (const a of this.files.get(name)?.articles ?? []) { this.dropOwner(a.id, name); touched.add(a.id); }
      for (const a of read?.articles ?? []) { this.addOwner(a.id, { file: name, article: a }); touched.add(a.id); }
      if (read) {
        if (!this.files.has(name)) this.names.splice(sortedIndex(this.names, name), 0, name);
        this.files.set(name, read);
        for (const [file, digest] of read.digests) this.digests.set(file, digest);
      } else if (this.files.delete(name)) {
        this.names.splice(sortedIndex(this.names, name), 1);
        this.digests.delete(name);
      }
    }
    if (reads.size) this.listed = null;
    const changed = new Set<string>(), redo = new Set<string>();
    for (const id of touched) {
      const before = this.parsed.get(id), after = this.owners.get(id)?.[0]!.article;
      if (before === after) continue;
      changed.add(id);
      for (const [a, add] of [[before, false], [after, true]] as const) {
        const key = a && outletKey(a);
        if (!key) continue;
        redo.add(key);
        let ids = this.outlets.get(key);
        if (!ids) this.outlets.set(key, (ids = new Set()));
        if (add) ids.add(id); else ids.delete(id);
      }
      if (after) { this.parsed.set(id, after); this.byId.set(id, after); }
      else { this.parsed.delete(id); this.byId.delete(id); }
    }
    for (const key of redo) {
      for (const a of corpusRoles([...(this.outlets.get(key) ?? [])].map((id) => this.parsed.get(id)!))) {
        const shown = this.byId.get(a.id)!;
        if (shown === a || (!changed.has(a.id) && sameRoles(shown, a))) continue;
        this.byId.set(a.id, a);
        changed.add(a.id);
      }
    }
    if (changed.size) this.listed = null;
    return changed;
  }

  private addOwner(id: string, owner: Owner): void {
    const list = this.owners.get(id);
    if (!list) { this.owners.set(id, [owner]); return; }
    const at = list.findIndex((o) => o.file > owner.file);
    list.splice(at < 0 ? list.length : at, 0, owner);
  }

  private dropOwner(id: string, file: string): void {
    const list = this.owners.get(id)!.filter((o) => o.file !== file);
    if (list.length) this.owners.set(id, list); else this.owners.delete(id);
  }

  private list(): { articles: Article[]; errors: Corpus["errors"] } {
    if (this.listed) return this.listed;
    const articles: Article[] = [], errors: Corpus["errors"] = [];
    for (const name of this.names) {
      const read = this.files.get(name)!;
      for (const message of read.errors) errors.push({ file: name, message });
      for (const a of read.articles) {
        const first = this.owners.get(a.id)![0]!.file;
        if (first === name) articles.push(this.byId.get(a.id)!);
        else errors.push({ file: name, message: `duplicate id "${a.id}" (the article of ${first} is kept)` });
      }
    }
    return (this.listed = { articles, errors });
  }
}

/** The key the corpus-level roles group by (apply-corpus-roles.ts): the outlet, lower-cased. */
function outletKey(a: Article): string | null {
  return a.outlet ? a.outlet.toLowerCase() : null;
}

function sameRoles(x: Article, y: Article): boolean {
  const xs = x.paragraphs, ys = y.paragraphs;
  return xs.length === ys.length && xs.every((p, i) => p.role === ys[i]!.role && p.reason === ys[i]!.reason);
}

function sortedIndex(names: string[], name: string): number {
  let lo = 0, hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]! < name) lo = mid + 1; else hi = mid;
  }
  return lo;
}
