/** @module The comparison as aligned rows: side by side (a grid whose rows keep both sides in step) or inline. Shared by the compare page and the HTML report. */
import type { Comparison, Paragraph } from "../core/article.ts";
import { EditText } from "./edit-text.tsx";
import { LinkEvidenceNote } from "./link-evidence.tsx";
import { rowTagCounts, tagCountsAttr } from "./edit-tags.ts";
import { comparisonRows, rowChanges, rowKind, rowPlace, type ViewRow } from "./rows.ts";

export type ViewMode = "side" | "inline";

function Paras({ ps }: { ps: Paragraph[] }) {
  return <>{ps.map((p) => <p class="wd-para" data-index={p.index}>{p.text}</p>)}</>;
}

function RowLabel({ r, prefix }: { r: ViewRow; prefix: string }) {
  const where = `A ${rowPlace(r, "a")} · B ${rowPlace(r, "b")}`;
  return (
    <div class="wd-label">
      <a href={`#${prefix}${r.anchor}`} class="wd-anchor">{r.label}</a> <span class="wd-where">{where}</span>
      <span class={`wd-kind wd-kind-${rowKind(r).replace(" ", "-")}`}>{rowKind(r)}</span>
      {r.role !== "body" && !r.title ? <span class="wd-role">{r.role}</span> : null}
    </div>
  );
}

/** Each side's label ("A · outlet"): the column heads say it at full width; stacked on a phone, every row does (CSS). */
type Sides = { a: string; b: string };

/** Rows a page leaves out, as one row with a link to a page of them. */
function Gap({ r, prefix, href }: { r: ViewRow; prefix: string; href: (start: string) => string }) {
  const g = r.gap!, n = g.changes;
  return (
    <section id={prefix + r.anchor} class={`wd-row wd-gap wd-role-${r.role}${n.subst || n.style ? " wd-changed" : ""}`} data-style={n.style} data-subst={n.subst}>
      <p class="wd-label">⋯ {g.count.toLocaleString("en")} more {g.what}{g.where ? ` (${g.where})` : ""} not shown here · <a href={href(g.start) + "#" + g.start}>show them</a></p>
    </section>
  );
}

function Row({ r, view, prefix, sides, gapHref, c }:
  { r: ViewRow; view: ViewMode; prefix: string; sides: Sides; gapHref: (start: string) => string; c: Comparison }) {
  if (r.gap) return <Gap r={r} prefix={prefix} href={gapHref} />;
  const n = rowChanges(r);
  const kind = r.title ? "title" : r.link ? r.link.kind : r.a.length ? "cut" : "added";
  const attrs = { id: prefix + r.anchor, class: `wd-row wd-row-${kind} wd-role-${r.role}${n.subst || n.style ? " wd-changed" : ""}`, "data-style": n.style, "data-subst": n.subst,
    "data-tag-counts": tagCountsAttr(rowTagCounts(r)) || undefined };
  const why = r.link ? <LinkEvidenceNote evidence={r.link.evidence} comparison={c} /> : null;
  const movedNote = r.movedAfter ? <p class="wd-moved">↕ Moved: B places this at ¶{r.link!.b.join("+")}, {r.movedAfter === "start" ? "at the start" : <>after <a href={`#${prefix}${r.movedAfter}`}>{r.movedAfter}</a></>}</p> : null;
  if (view === "inline") {
    return (
      <section {...attrs}>
        <RowLabel r={r} prefix={prefix} />
        {movedNote}
        {why}
        <div class="wd-inline">{r.edits ? <p class="wd-para"><EditText edits={r.edits} side="both" /></p> : r.a.length ? <del class="wd-subst wd-whole"><Paras ps={r.a} /></del> : <ins class="wd-subst wd-whole"><Paras ps={r.b} /></ins>}</div>
      </section>
    );
  }
  return (
    <section {...attrs}>
      <RowLabel r={r} prefix={prefix} />
      {movedNote}
      {why}
      <div class="wd-side wd-a" data-side={sides.a}>{r.edits ? <p class="wd-para"><EditText edits={r.edits} side="a" /></p> : r.a.length ? <del class="wd-subst wd-whole"><Paras ps={r.a} /></del> : null}</div>
      <div class="wd-side wd-b" data-side={sides.b}>{r.edits ? <p class="wd-para"><EditText edits={r.edits} side="b" /></p> : r.b.length ? <ins class="wd-subst wd-whole"><Paras ps={r.b} /></ins> : null}</div>
    </section>
  );
}

/**
 * All rows. Runs of non-body rows (boilerplate, captions, meta) are collapsed behind a count in a
 * <details> that expands; body rows and the headlines are always shown.
 */
export function ComparisonRows({ comparison, rows = comparisonRows(comparison), view = "side", hideStyle = false, anchorPrefix = "", gapHref = () => "" }: {
  comparison: Comparison; /** The rows (with gap rows when a page shows part of them), when the caller has them already. */ rows?: ViewRow[];
  view?: ViewMode; hideStyle?: boolean;
  /** Prefix for row ids when one page shows the rows twice. */ anchorPrefix?: string;
  /** Where a gap row's link goes: the page showing rows from that anchor on. */ gapHref?: (start: string) => string;
}) {
  const sides: Sides = { a: `A · ${comparison.a.outlet ?? comparison.a.id}`, b: `B · ${comparison.b.outlet ?? comparison.b.id}` };
  // the headlines row is shown whatever its role
  const furniture = (r: ViewRow) => r.role !== "body" && !r.title;
  const groups: ViewRow[][] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && furniture(r) && furniture(last[0]!)) last.push(r); else groups.push([r]);
  }
  return (
    <div class={`wd-rows wd-view-${view}${hideStyle ? " wd-hide-style" : ""}`}>
      {view === "side" ? <div class="wd-head"><div class="wd-side wd-a">{sides.a}</div><div class="wd-side wd-b">{sides.b}</div></div> : null}
      {groups.map((g) =>
        !furniture(g[0]!) ? <Row r={g[0]!} view={view} prefix={anchorPrefix} sides={sides} gapHref={gapHref} c={comparison} /> : (
          <details class="wd-furniture">
            <summary>{g.length} {g.length === 1 ? "paragraph" : "paragraphs"} of page furniture ({[...new Set(g.map((r) => r.role))].join(", ")})</summary>
            {g.map((r) => <Row r={r} view={view} prefix={anchorPrefix} sides={sides} gapHref={gapHref} c={comparison} />)}
          </details>
        ))}
    </div>
  );
}
