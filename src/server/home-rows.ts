/** @module The home page's rows: each article with its body word count and story, filtered, sorted and paged. Pure. */
import type { Article } from "../core/article.ts";
import { countWords } from "../core/text/tokenize.ts";

export interface HomeRow {
  article: Article; words: number; story: string | null; storySize: number;
  /** The opening words of the story text: what names an article that has no title. */
  lead: string;
}

/** Words of the opening shown for an untitled article. */
const LEAD_WORDS = 12;

function leadOf(a: Article): string {
  const p = a.paragraphs.find((x) => x.role === "body" && x.text) ?? a.paragraphs.find((x) => x.text);
  const words = (p?.text ?? "").split(/\s+/, LEAD_WORDS + 1);
  return words.length > LEAD_WORDS ? words.slice(0, LEAD_WORDS).join(" ") + " …" : words.join(" ");
}

export const SORT_KEYS = ["title", "outlet", "date", "agency", "words", "story"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Body words by article: an article object never changes, and a change to the corpus replaces only a few. */
const wordsOf = new WeakMap<Article, number>();
function bodyWords(a: Article): number {
  let n = wordsOf.get(a);
  if (n === undefined) {
    n = a.paragraphs.filter((p) => p.role === "body").reduce((k, p) => k + countWords(p.text), 0);
    wordsOf.set(a, n);
  }
  return n;
}

/** Rows for every article (word counts are the costly part: each article's is counted once). */
export function homeRows(articles: Article[], storyOf: Map<string, string>, sizes: Map<string, number>): HomeRow[] {
  return articles.map((a) => ({
    article: a,
    words: bodyWords(a),
    story: storyOf.get(a.id) ?? null,
    storySize: sizes.get(storyOf.get(a.id) ?? "") ?? 1,
    lead: a.title ? "" : leadOf(a),
  }));
}

export function filterAndSort(rows: HomeRow[], q: string, sort: SortKey, dir: "asc" | "desc"): HomeRow[] {
  const needle = q.trim().toLowerCase();
  const out = needle ? rows.filter((r) => [r.article.id, r.article.title ?? r.lead, r.article.outlet, r.article.agency, r.article.date].some((v) => v?.toLowerCase().includes(needle))) : [...rows];
  const val = (r: HomeRow): string | number => (sort === "words" ? r.words : sort === "story" ? `${r.story ?? ""} ${r.article.id}` : (r.article[sort] ?? "").toLowerCase());
  out.sort((x, y) => { const a = val(x), b = val(y); return (a < b ? -1 : a > b ? 1 : 0) * (dir === "asc" ? 1 : -1); });
  return out;
}

export interface Paged<T> {
  rows: T[];
  /** 1-based page shown (clamped into range), the number of pages, and the offset of its first row. */
  page: number;
  pages: number;
  first: number;
}

/** Page `page` (1-based; out of range or not a number clamps) of `rows`, `size` per page. */
export function pageOf<T>(rows: T[], page: number, size: number): Paged<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Number.isFinite(page) ? Math.min(pages, Math.max(1, Math.floor(page))) : 1;
  const first = (p - 1) * size;
  return { rows: rows.slice(first, first + size), page: p, pages, first };
}
