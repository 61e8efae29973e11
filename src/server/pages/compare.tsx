/** @module The compare page: header and summary, toolbar, rows (side by side or inline), overview strip, quotations. */
import type { Comparison } from "../../core/article.ts";
import { ComparisonRows, type ViewMode } from "../../views/comparison-rows.tsx";
import { comparisonRows, rowChanges, type ViewRow } from "../../views/rows.ts";
import { windowRows } from "../../views/row-window.ts";
import { rowsWithTag, rowTagCounts, SHOWN_TAGS, TAG_FILTER_LABEL, type ShownTag } from "../../views/edit-tags.ts";
import { ComparisonHeader, QuotesPanel } from "../../views/summary.tsx";
import { Layout } from "./layout.tsx";

export interface CompareView {
  view: ViewMode; hideStyle: boolean;
  /** Show a page of rows from this row's anchor on (a long comparison); else the whole comparison, long runs folded. */
  from?: string;
  /** Show only the rows holding an edit with this tag (`&only=number`), and count only those edits. */
  only?: ShownTag | null;
}

export function compareUrl(a: string, b: string, v: CompareView, extra = ""): string {
  const from = v.from ? `&from=${encodeURIComponent(v.from)}` : "";
  const only = v.only ? `&only=${v.only}` : "";
  return `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&view=${v.view}&style=${v.hideStyle ? "hide" : "show"}${only}${from}${extra}`;
}

/** A strip beside the text with one segment per row, sized by its text, coloured by what happened to it. */
function Overview({ rows }: { rows: ViewRow[] }) {
  return (
    <nav class="wd-overview" aria-label="Where the changes are">
      {rows.map((r) => {
        const len = r.title ? 80 : r.gap ? r.gap.chars : [...r.a, ...r.b].reduce((n, p) => n + p.text.length, 0);
        const n = rowChanges(r);
        const state = r.gap ? "gap" : !r.edits ? (r.a.length ? "cut" : "added") : n.subst ? "subst" : n.style ? "style" : "same";
        return <a href={`#${r.anchor}`} class={`wd-ov wd-ov-${state}${r.role !== "body" && !r.title ? " wd-ov-furniture" : ""}`} style={`flex-grow:${Math.max(1, Math.round(len / 80))}`} title={`${r.label}: ${state}`}></a>;
      })}
    </nav>
  );
}

/** "Show only: numbers · quotes …": links that work without script; the client filters in place. */
function OnlyFilter({ c, v }: { c: Comparison; v: CompareView }) {
  const link = (only: ShownTag | null, text: string) => {
    const here = (v.only ?? null) === only;
    return <a href={compareUrl(c.a.id, c.b.id, { ...v, only, from: undefined })} data-only={only ?? ""} aria-current={here ? "true" : undefined}>{text}</a>;
  };
  return (
    <span class="wd-seg wd-only" id="wd-only" role="group" aria-label="Show only rows with edits to">
      Show only: {link(null, "all rows")}{SHOWN_TAGS.map((t) => link(t, TAG_FILTER_LABEL[t]))}
    </span>
  );
}

/** Rows per comparison: the server keeps a comparison for many requests, and a long one has many rows. */
const ROWS = new WeakMap<Comparison, ViewRow[]>();

export function ComparePage({ c, v }: { c: Comparison; v: CompareView }) {
  let all = ROWS.get(c);
  if (!all) ROWS.set(c, (all = comparisonRows(c)));
  const only = v.only ?? null;
  const matching = rowsWithTag(all, only);
  const { rows, first, last } = windowRows(matching, { start: v.from });
  const paged = first > 0 || last < matching.length - 1;
  // the changes j/k walk: every row's edits, and cut or added story paragraphs (a gap row counts those
  // it stands for); under a filter, only the edits with its tag
  let style = 0, subst = 0;
  for (const r of only ? matching : rows) { const n = only ? rowTagCounts(r)[only]! : rowChanges(r); style += n.style; subst += n.subst; }
  const dl = (f: string) => `/compare/download?a=${encodeURIComponent(c.a.id)}&b=${encodeURIComponent(c.b.id)}&format=${f}`;
  return (
    <Layout title={`${c.a.title ?? c.a.id} → ${c.b.title ?? c.b.id}`} wide>
      <ComparisonHeader comparison={c} />
      <div class="wd-toolbar" id="wd-toolbar">
        <span class="wd-seg">View: {v.view === "side" ? <b>side by side</b> : <a href={compareUrl(c.a.id, c.b.id, { ...v, view: "side" })}>side by side</a>} · {v.view === "inline" ? <b>inline</b> : <a href={compareUrl(c.a.id, c.b.id, { ...v, view: "inline" })}>inline</a>}</span>
        <a id="wd-style-toggle" href={compareUrl(c.a.id, c.b.id, { ...v, hideStyle: !v.hideStyle })} aria-pressed={v.hideStyle ? "true" : "false"}>{v.hideStyle ? "Show style edits" : "Hide style edits"}</a>
        <span title="word edits, and paragraphs of the story cut or added"><b id="wd-change-count" data-style={style} data-subst={subst}>{v.hideStyle ? subst : style + subst}</b> changes shown</span>
        <button type="button" id="wd-prev" title="Previous change (k)">↑ Prev</button>
        <button type="button" id="wd-next" title="Next change (j)">↓ Next</button>
        <OnlyFilter c={c} v={v} />
        <a id="wd-swap" href={compareUrl(c.b.id, c.a.id, v)}>Swap A and B</a>
        <span class="wd-seg">Download: <a href={dl("html")}>HTML</a> · <a href={dl("md")}>Markdown</a> · <a href={dl("json")}>JSON</a> · <a href={dl("csv")}>CSV</a></span>
        {paged ? <span class="wd-seg">Rows {(first + 1).toLocaleString("en")}–{(last + 1).toLocaleString("en")} of {matching.length.toLocaleString("en")} · <a href={compareUrl(c.a.id, c.b.id, { ...v, from: undefined })}>the whole comparison</a></span> : null}
      </div>
      <div class="wd-compare-body">
        <div class="wd-compare-main">{only && !matching.length ? <p class="wd-notice" id="wd-only-none">No edit here is tagged {only}.</p> : null}<ComparisonRows comparison={c} rows={rows} view={v.view} hideStyle={v.hideStyle} gapHref={(start) => compareUrl(c.a.id, c.b.id, { ...v, from: start })} /></div>
        <Overview rows={rows} />
      </div>
      <QuotesPanel quotes={c.quotes} />
    </Layout>
  );
}
