/**
 * @module Which articles are revisions of one article: the same URL, or the same outlet within the
 * same story. Each group comes out ordered by time (date, then id in natural order, as archives name
 * revisions: "-v2" before "-v10"); groups of one are left out.
 */
import type { Article } from "../article.ts";

export interface RevisionGroup {
  /** The first version's id. */
  id: string;
  /** Article ids, oldest first. */
  versions: string[];
}

/** A URL as an identity: scheme, "www.", query, fragment and a trailing slash do not make another article. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

const natural = new Intl.Collator("en", { numeric: true });

export function compareByTime(x: Article, y: Article): number {
  return (x.date ?? "9999").localeCompare(y.date ?? "9999") || natural.compare(x.id, y.id);
}

/** `storyOf` maps an article id to its story's id (every article of a one-version story maps to itself). */
export function findRevisions(articles: readonly Article[], storyOf: ReadonlyMap<string, string>): RevisionGroup[] {
  const parent = articles.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const join = (x: number, y: number) => {
    const a = find(x),
      b = find(y);
    if (a !== b) parent[a] = b;
  };
  const first = new Map<string, number>();
  articles.forEach((a, i) => {
    const keys: string[] = [];
    if (a.url?.trim()) keys.push(`url\u0000${urlKey(a.url)}`);
    const story = storyOf.get(a.id);
    if (a.outlet?.trim() && story != null) keys.push(`outlet\u0000${a.outlet.trim().toLowerCase()}\u0000${story}`);
    for (const k of keys) {
      const j = first.get(k);
      if (j == null) first.set(k, i);
      else join(i, j);
    }
  });
  const groups = new Map<number, Article[]>();
  articles.forEach((a, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(a);
    else groups.set(r, [a]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const versions = [...g].sort(compareByTime).map((a) => a.id);
      return { id: versions[0]!, versions };
    })
    .sort((x, y) => y.versions.length - x.versions.length || natural.compare(x.id, y.id));
}
