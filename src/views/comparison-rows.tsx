/** @module The comparison as aligned rows: side by side (a grid whose rows keep both sides in step) or inline. Shared by the compare page and the HTML report. */
import type { Comparison, Paragraph } from "../core/article.ts";
import { EditText } from "./edit-text.tsx";
import { LinkEvidenceNote } from "./link-evidence.tsx";
import { comparisonRows, type ViewRow } from "./rows.ts";

export type ViewMode = "side" | "inline";

function Paras({ ps }: { ps: Paragraph[] }) {
  return <>{ps.map((p) => <p class="wd-para" data-index={p.index}>{p.text}</p>)}</>;
}

function changeCount(r: ViewRow): { style: number; subst: number } {
  let style = 0, subst = 0;
  if (r.link) for (const e of r.link.edits) if (e.op !== "equal") (e.class === "style" ? style++ : subst++);
  else if (r.role === "body") subst++;
  return { style, subst };
}

function RowLabel({ r, prefix }: { r: ViewRow; prefix: string }) {
  const where = `A ${r.a.length ? "¶" + r.a.map((p) => p.index).join("+") : "–"} · B ${r.b.length ? "¶" + r.b.map((p) => p.index).join("+") : "–"}`;
  return (
    <div class="wd-label">
      <a href={`#${prefix}${r.anchor}`} class="wd-anchor">{r.label}</a> <span class="wd-where">{where}</span>
      {r.link ? <span class={`wd-kind wd-kind-${r.link.kind}`}>{r.link.kind}</span> : <span class={`wd-kind wd-kind-${r.a.length ? "cut" : "added"}`}>{r.a.length ? "cut" : "added"}</span>}
      {r.role !== "body" ? <span class="wd-role">{r.role}</span> : null}
    </div>
  );
}

function Row({ r, view, prefix, c }: { r: ViewRow; view: ViewMode; prefix: string; c: Comparison }) {
  const n = changeCount(r);
  const kind = r.link ? r.link.kind : r.a.length ? "cut" : "added";
  const attrs = { id: prefix + r.anchor, class: `wd-row wd-row-${kind} wd-role-${r.role}${n.subst || n.style ? " wd-changed" : ""}`, "data-style": n.style, "data-subst": n.subst };
  const why = r.link ? <LinkEvidenceNote evidence={r.link.evidence} comparison={c} /> : null;
  const movedNote = r.movedAfter ? <p class="wd-moved">↕ Moved: B places this at ¶{r.link!.b.join("+")}, {r.movedAfter === "start" ? "at the start" : <>after <a href={`#${prefix}${r.movedAfter}`}>{r.movedAfter}</a></>}</p> : null;
  if (view === "inline") {
    return (
      <section {...attrs}>
        <RowLabel r={r} prefix={prefix} />
        {movedNote}
        {why}
        <div class="wd-inline">{r.link ? <p class="wd-para"><EditText edits={r.link.edits} side="both" /></p> : r.a.length ? <del class="wd-subst wd-whole"><Paras ps={r.a} /></del> : <ins class="wd-subst wd-whole"><Paras ps={r.b} /></ins>}</div>
      </section>
    );
  }
  return (
    <section {...attrs}>
      <RowLabel r={r} prefix={prefix} />
      {movedNote}
      {why}
      <div class="wd-side wd-a">{r.link ? <p class="wd-para"><EditText edits={r.link.edits} side="a" /></p> : r.a.length ? <del class="wd-subst wd-whole"><Paras ps={r.a} /></del> : null}</div>
      <div class="wd-side wd-b">{r.link ? <p class="wd-para"><EditText edits={r.link.edits} side="b" /></p> : r.b.length ? <ins class="wd-subst wd-whole"><Paras ps={r.b} /></ins> : null}</div>
    </section>
  );
}

/**
 * All rows. Runs of non-body rows (boilerplate, captions, meta) are collapsed behind a count in a
 * <details> that expands; body rows are always shown.
 */
export function ComparisonRows({ comparison, view = "side", hideStyle = false, anchorPrefix = "" }: { comparison: Comparison; view?: ViewMode; hideStyle?: boolean; /** Prefix for row ids when one page shows the rows twice. */ anchorPrefix?: string }) {
  const rows = comparisonRows(comparison);
  const groups: ViewRow[][] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && r.role !== "body" && last[0]!.role !== "body") last.push(r); else groups.push([r]);
  }
  return (
    <div class={`wd-rows wd-view-${view}${hideStyle ? " wd-hide-style" : ""}`}>
      {view === "side" ? <div class="wd-head"><div class="wd-side wd-a">A · {comparison.a.outlet ?? comparison.a.id}</div><div class="wd-side wd-b">B · {comparison.b.outlet ?? comparison.b.id}</div></div> : null}
      {groups.map((g) =>
        g[0]!.role === "body" ? <Row r={g[0]!} view={view} prefix={anchorPrefix} c={comparison} /> : (
          <details class="wd-furniture">
            <summary>{g.length} {g.length === 1 ? "paragraph" : "paragraphs"} of page furniture ({[...new Set(g.map((r) => r.role))].join(", ")})</summary>
            {g.map((r) => <Row r={r} view={view} prefix={anchorPrefix} c={comparison} />)}
          </details>
        ))}
    </div>
  );
}
