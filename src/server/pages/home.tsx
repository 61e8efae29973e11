/** @module Home: the corpus as a table (filter, sort, pick A and B, compare); works without JavaScript. */
import type { HomeRow, Paged, SortKey } from "../home-rows.ts";
import { Layout } from "./layout.tsx";

export function HomePage({ paged, matched, total, q, sort, dir, errors, notice }: { paged: Paged<HomeRow>; matched: number; total: number; q: string; sort: SortKey; dir: "asc" | "desc"; errors: { file: string; message: string }[]; notice?: string }) {
  const rows = paged.rows;
  const isPaged = paged.pages > 1;
  const [pickA, pickB] = preselect(rows);
  const link = (p: number) => `/?q=${encodeURIComponent(q)}&sort=${sort}&dir=${dir}&page=${p}`;
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
      <form method="get" action="/compare" id="wd-pick">
        {isPaged ? (
          <nav class="wd-toolbar wd-pager" aria-label="Pages">
            <span>Articles {paged.first + 1}–{paged.first + rows.length} of {matched}{matched < total ? ` matching (of ${total})` : ""}</span>
            {paged.page > 1 ? <a href={link(paged.page - 1)} rel="prev">← Previous</a> : null}
            <span>page {paged.page} of {paged.pages}</span>
            {paged.page < paged.pages ? <a href={link(paged.page + 1)} rel="next">Next →</a> : null}
          </nav>
        ) : null}
        {/* a paged table is filtered and sorted by the server (the browser sees one page of it) */}
        <table class="wd-table wd-corpus" id="wd-corpus" data-paged={isPaged ? "true" : undefined} data-total={total}>
          <thead><tr><th>A</th><th>B</th>{head("title", "Title")}{head("outlet", "Outlet")}{head("date", "Date")}{head("agency", "Agency")}{head("words", "Words")}{head("story", "Story")}</tr></thead>
          <tbody>
            {rows.map((r, k) => (
              <tr data-id={r.article.id}>
                <td data-label="A"><input type="radio" name="a" value={r.article.id} aria-label={`A: ${r.article.id}`} required checked={k === pickA} /></td>
                <td data-label="B"><input type="radio" name="b" value={r.article.id} aria-label={`B: ${r.article.id}`} required checked={k === pickB} /></td>
                <td><a href={`/article/${encodeURIComponent(r.article.id)}`} class={r.article.title ? undefined : "wd-untitled"} title={r.article.title ? undefined : "no title: the opening words"}>{r.article.title ?? (r.lead || r.article.id)}</a><div class="wd-where">{r.article.id}</div></td>
                <td data-label="outlet">{r.article.outlet ?? ""}</td><td data-label="date">{r.article.date ?? ""}</td><td data-label="agency">{r.article.agency ?? ""}</td>
                <td data-value={r.words} data-label="words">{r.words}</td>
                <td data-value={r.story ?? ""} data-label="story">{r.storySize > 1 ? <a href={`/story/${encodeURIComponent(r.story!)}`}>{r.story === r.article.id ? "source" : "version"} of {r.storySize}</a> : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="wd-toolbar"><button type="submit" id="wd-compare">Compare A and B</button></p>
      </form>
      <p class="wd-toolbar" id="wd-figures">Figures for statistics, every story's source against each version: <a href="/figures/download?format=csv">CSV</a> · <a href="/figures/download?format=jsonl">JSON Lines</a>; one row per edit: <a href="/figures/download?format=csv&edits=1">CSV</a> · <a href="/figures/download?format=jsonl&edits=1">JSON Lines</a></p>
    </Layout>
  );
}

/**
 * The rows checked as A and B: the first story source on the page with another version of its story
 * (the comparison a researcher opens first), else the first two rows; -1 when there are fewer.
 */
function preselect(rows: HomeRow[]): [number, number] {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.storySize < 2 || r.story !== r.article.id) continue;
    const other = rows.findIndex((o) => o !== r && o.story === r.story);
    if (other >= 0) return [k, other];
  }
  return rows.length > 1 ? [0, 1] : [-1, -1];
}
