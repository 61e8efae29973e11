/** @module The summary: a stacked bar of A's fate and B's new share, with the counts, in text as well as colour. */
import type { Article, Comparison, QuoteFate, Stats } from "../core/article.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function SummaryBar({ stats }: { stats: Stats }) {
  const parts: [string, string, number][] = [
    ["wd-bar-kept", "verbatim", stats.verbatim], ["wd-bar-style", "style edits only", stats.styleOnly],
    ["wd-bar-reworded", "reworded", stats.reworded], ["wd-bar-cut", "cut", stats.cut],
  ];
  return (
    <div class="wd-summary">
      <div class="wd-bar" role="img" aria-label={parts.map(([, l, v]) => `${l} ${pct(v)}`).join(", ")}>
        {parts.map(([c, l, v]) => (v > 0 ? <span class={c} style={`width:${(v * 100).toFixed(2)}%`} title={`${l} ${pct(v)}`}></span> : null))}
      </div>
      <ul class="wd-legend">
        {parts.map(([c, l, v]) => <li><span class={`wd-swatch ${c}`}></span>{l} <b>{pct(v)}</b></li>)}
        <li><span class="wd-swatch wd-bar-new"></span>new in B <b>{pct(stats.newInB)}</b></li>
      </ul>
      <p class="wd-counts">
        A {stats.aWords} body words · B {stats.bWords} · <b class="wd-count-style">{stats.styleEdits}</b> style edits · <b class="wd-count-subst">{stats.substantiveEdits}</b> substantive edits · <b>{stats.alteredQuotes}</b> altered quotes · <b>{stats.changedNumbers}</b> changed numbers
      </p>
    </div>
  );
}

export function QuotesPanel({ quotes }: { quotes: QuoteFate[] }) {
  if (quotes.length === 0) return <section class="wd-quotes"><h2>Quotations</h2><p>A has no direct quotations in its body.</p></section>;
  return (
    <section class="wd-quotes">
      <h2>Quotations ({quotes.length})</h2>
      <ol>
        {quotes.map((q) => (
          <li class={`wd-quote wd-quote-${q.status}`}>
            <span class="wd-quote-status">{q.status}</span> <q>{q.text}</q> <span class="wd-where">A ¶{q.a}{q.b != null ? ` → B ¶${q.b}` : ""}</span>
            {q.edits?.length ? <div class="wd-quote-diff">{q.edits.map((e) => (e.op === "equal" ? e.a : <>{e.a ? <del class={e.class === "style" ? "wd-style" : "wd-subst"}>{e.a}</del> : null}{e.b ? <ins class={e.class === "style" ? "wd-style" : "wd-subst"}>{e.b}</ins> : null}</>))}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ArticleMeta({ article, side }: { article: Article; side: "A" | "B" }) {
  const rows: [string, string | null][] = [["outlet", article.outlet], ["agency", article.agency], ["date", article.date], ["dateline", article.dateline], ["byline", article.byline]];
  return (
    <div class={`wd-meta wd-meta-${side.toLowerCase()}`}>
      <h2><span class="wd-side-tag">{side}</span> {article.title ?? article.id}</h2>
      <dl>
        <dt>id</dt><dd><code>{article.id}</code></dd>
        {rows.filter(([, v]) => v).map(([k, v]) => <><dt>{k}</dt><dd>{v}</dd></>)}
        {article.url ? <><dt>url</dt><dd><a href={safeUrl(article.url)} rel="noopener noreferrer">{article.url}</a></dd></> : null}
      </dl>
    </div>
  );
}

/** Only http(s) links are rendered as links: a `javascript:` URL from an article's metadata becomes inert. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : "#";
}

export function ComparisonHeader({ comparison }: { comparison: Comparison }) {
  return (
    <header class="wd-compare-head">
      <div class="wd-metas"><ArticleMeta article={comparison.a} side="A" /><ArticleMeta article={comparison.b} side="B" /></div>
      <SummaryBar stats={comparison.stats} />
    </header>
  );
}
