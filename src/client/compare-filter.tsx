/** @jsxImportSource jsx-dom */
/**
 * @module The compare page's "show only: numbers / quotes …" filter, live: rows without such an edit
 * are hidden, the count follows.
 */
import { setCompareLinkParam } from "./compare-links.ts";

/** A row's counts of edits per tag, by class, from its `data-tag-counts` ("number:0:2 quote:1:0"). */
export function parseTagCounts(attr: string | undefined): Map<string, { style: number; subst: number }> {
  const out = new Map<string, { style: number; subst: number }>();
  for (const part of (attr ?? "").split(" ")) {
    const [tag, style, subst] = part.split(":");
    if (tag && style != null && subst != null) out.set(tag, { style: Number(style), subst: Number(subst) });
  }
  return out;
}

/** The changes a row holds under the filter `only` (all its changes when null). */
export function rowCounts(row: HTMLElement, only: string | null): { style: number; subst: number } {
  if (!only) return { style: Number(row.dataset.style ?? 0), subst: Number(row.dataset.subst ?? 0) };
  return parseTagCounts(row.dataset.tagCounts).get(only) ?? { style: 0, subst: 0 };
}

/**
 * Filters the rows in place when the page holds every row unfiltered (no folded gap, no `only` from
 * the server); otherwise the links load the filtered page from the server. `onChange` runs after.
 */
export function enhanceOnlyFilter(rowsEl: HTMLElement, onChange: (only: string | null) => void): () => string | null {
  const group = document.getElementById("wd-only");
  const rendered = new URL(location.href).searchParams.get("only");
  let only: string | null = rendered;
  if (!group || rendered || rowsEl.querySelector(".wd-gap")) return () => only;
  const links = [...group.querySelectorAll<HTMLAnchorElement>("a[data-only]")];
  const note = (<p class="wd-notice" id="wd-only-none" hidden>No edit here has that tag.</p>) as HTMLElement;
  rowsEl.before(note);

  function apply(next: string | null): void {
    only = next;
    let shown = 0;
    for (const row of rowsEl.querySelectorAll<HTMLElement>(".wd-row")) {
      const keep = !next || parseTagCounts(row.dataset.tagCounts).has(next);
      row.hidden = !keep;
      if (keep) shown++;
    }
    for (const d of rowsEl.querySelectorAll<HTMLDetailsElement>("details.wd-furniture")) {
      d.hidden = !!next && !d.querySelector(".wd-row:not([hidden])");
      if (next && !d.hidden) d.open = true;
    }
    for (const seg of document.querySelectorAll<HTMLAnchorElement>(".wd-overview a.wd-ov")) {
      const target = document.getElementById(decodeURIComponent(seg.hash.slice(1)));
      seg.hidden = !!target?.hidden;
    }
    note.hidden = !next || shown > 0;
    for (const a of links) {
      if ((a.dataset.only || null) === next) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    const url = new URL(location.href);
    if (next) url.searchParams.set("only", next); else url.searchParams.delete("only");
    history.replaceState(null, "", url);
    // the page's other links (view, style, swap) keep the filter
    setCompareLinkParam("only", next, (a) => links.includes(a));
    onChange(next);
  }

  for (const a of links) a.addEventListener("click", (ev) => { ev.preventDefault(); apply(a.dataset.only || null); });
  return () => only;
}
