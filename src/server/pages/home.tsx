/** @module Home: the corpus as a table (filter, sort, pick A and B, compare); works without JavaScript. */
import type { Article } from "../../core/article.ts";
import { countWords } from "../../core/parse/assign-roles.ts";
import { Layout } from "./layout.tsx";

export interface HomeRow { article: Article; words: number; story: string | null; storySize: number }

export const SORT_KEYS = ["title", "outlet", "date", "agency", "words", "story"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function homeRows(articles: Article[], storyOf: Map<string, string>, sizes: Map<string, number>): HomeRow[] {
  return articles.map((a) => ({
    article: a,
    words: a.paragraphs.filter((p) => p.role === "body").reduce((n, p) => n + countWords(p.text), 0),
    story: storyOf.get(a.id) ?? null,
    storySize: sizes.get(storyOf.get(a.id) ?? "") ?? 1,
  }));
}

export function filterAndSort(rows: HomeRow[], q: string, sort: SortKey, dir: "asc" | "desc"): HomeRow[] {
  const needle = q.trim().toLowerCase();
  const out = needle ? rows.filter((r) => [r.article.id, r.article.title, r.article.outlet, r.article.agency, r.article.date].some((v) => v?.toLowerCase().includes(needle))) : [...rows];
  const val = (r: HomeRow): string | number => (sort === "words" ? r.words : sort === "story" ? `${r.story ?? ""} ${r.article.id}` : (r.article[sort] ?? "").toLowerCase());
  out.sort((x, y) => { const a = val(x), b = val(y); return (a < b ? -1 : a > b ? 1 : 0) * (dir === "asc" ? 1 : -1); });
  return out;
}

export function HomePage({ rows, total, q, sort, dir, errors, notice }: { rows: HomeRow[]; total: number; q: string; sort: SortKey; dir: "asc" | "desc"; errors: { file: string; message: string }[]; notice?: string }) {
  const head = (key: SortKey, label: string) => {
    const next = sort === key && dir === "asc" ? "desc" : "asc";
    return <th data-sort={key} aria-sort={sort === key ? (dir === "asc" ? "ascending" : "descending") : "none"}><a href={`/?q=${encodeURIComponent(q)}&sort=${key}&dir=${next}`}>{label}{sort === key ? (dir === "asc" ? " ▲" : " ▼") : ""}</a></th>;
  };
  return (
    <Layout title="Corpus">
      <h1>Corpus <span class="wd-where">{total} articles</span></h1>
      {notice ? <p class="wd-notice">{notice}</p> : null}
      {errors.length ? <details class="wd-error"><summary>{errors.length} files could not be read</summary><ul>{errors.map((e) => <li><code>{e.file}</code>: {e.message}</li>)}</ul></details> : null}
      <form method="get" action="/" class="wd-toolbar" role="search">
        <label>Filter <input type="search" name="q" value={q} id="wd-filter" placeholder="title, outlet, agency, date…" autocomplete="off" /></label>
        <input type="hidden" name="sort" value={sort} /><input type="hidden" name="dir" value={dir} />
        <button type="submit" class="wd-no-js-only">Filter</button>
      </form>
      <form method="get" action="/compare">
        <table class="wd-table wd-corpus" id="wd-corpus">
          <thead><tr><th>A</th><th>B</th>{head("title", "Title")}{head("outlet", "Outlet")}{head("date", "Date")}{head("agency", "Agency")}{head("words", "Words")}{head("story", "Story")}</tr></thead>
          <tbody>
            {rows.map((r, k) => (
              <tr data-id={r.article.id}>
                <td><input type="radio" name="a" value={r.article.id} aria-label={`A: ${r.article.id}`} required checked={k === 0 && rows.length > 1} /></td>
                <td><input type="radio" name="b" value={r.article.id} aria-label={`B: ${r.article.id}`} required checked={k === 1} /></td>
                <td><a href={`/article/${encodeURIComponent(r.article.id)}`}>{r.article.title ?? r.article.id}</a><div class="wd-where">{r.article.id}</div></td>
                <td>{r.article.outlet ?? ""}</td><td>{r.article.date ?? ""}</td><td>{r.article.agency ?? ""}</td>
                <td data-value={r.words}>{r.words}</td>
                <td data-value={r.story ?? ""}>{r.storySize > 1 ? <a href={`/story/${encodeURIComponent(r.story!)}`}>{r.story === r.article.id ? "source" : "version"} of {r.storySize}</a> : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="wd-toolbar"><button type="submit" id="wd-compare">Compare A and B</button></p>
      </form>
    </Layout>
  );
}
