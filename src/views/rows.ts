/** @module The rows every view and report shows, in reading order: links and unlinked paragraphs, each with a stable anchor. */
import type { Comparison, Edit, LinkWithEdits, Paragraph, Role, TitlePair } from "../core/article.ts";
import type { RowGap } from "./row-window.ts";

export interface ViewRow {
  /** Stable anchor: `title` for the headlines, `l<n>` for link n (in link order), `a<i>` / `b<i>` for an unlinked paragraph. */
  anchor: string;
  label: string;
  /** The paragraphs shown (the headline row: the paragraph showing a side's headline, if any). */
  a: Paragraph[];
  b: Paragraph[];
  link?: LinkWithEdits;
  /** The word edits shown: a link's, or the headlines'. */
  edits?: Edit[];
  /** The headlines row: shown first and never collapsed with the page furniture. */
  title?: true;
  /** The role shown for the row (body when any paragraph of it is body). */
  role: Role;
  /** For a moved link: the anchor of the row B places it after (its other place), or "start". */
  movedAfter?: string;
  /** A row standing for rows a page leaves out (row-window.ts). */
  gap?: RowGap;
}

/**
 * The headlines first (when both articles have one); then links in A order; a cut A paragraph where
 * it stands in A; an added B paragraph after the row that holds the B paragraph before it (so
 * additions appear where the outlet placed them). A row holding only the paragraphs that show the
 * headlines is left out: the headlines row shows them; so is an unlinked paragraph with no text (a
 * `date YYYY-MM-DD` line alone, whose date is the article's metadata).
 * Linear in the rows (plus a sort when links or cuts come out of order): an article of 200,000
 * paragraphs is one pass, not a scan per added paragraph.
 */
export function comparisonRows(c: Comparison): ViewRow[] {
  const links = inOrder(c.links, (l) => minOf(l.a));
  const linkRows = links.map((l, n): ViewRow => {
    const a = l.a.map((i) => c.a.paragraphs[i]!), b = l.b.map((i) => c.b.paragraphs[i]!);
    return { anchor: `l${n}`, label: `Link ${n + 1}`, a, b, link: l, edits: l.edits, role: roleOf([...a, ...b]) };
  });
  // A order: merge the links (by their first A paragraph) with the cuts, noting the row that holds
  // each link's first B paragraph
  const cuts = inOrder(c.onlyA, (i) => i);
  const nb = c.b.paragraphs.length;
  const rowOfB = new Int32Array(nb).fill(-1);
  const base: ViewRow[] = [];
  for (let k = 0, j = 0; k < links.length || j < cuts.length;) {
    if (j >= cuts.length || (k < links.length && minOf(links[k]!.a) < cuts[j]!)) {
      rowOfB[minOf(links[k]!.b)] = base.length;
      base.push(linkRows[k++]!);
    } else {
      const i = cuts[j++]!, p = c.a.paragraphs[i]!;
      if (p.text) base.push({ anchor: `a${i}`, label: `Cut ¶${i}`, a: [p], b: [], role: p.role });
    }
  }
  // An added paragraph i goes after the last row holding a B paragraph before i (and after the
  // additions placed there before it): that row only moves down as i grows, so one walk finds all.
  const added = inOrder(c.onlyB, (i) => i);
  const after = new Int32Array(added.length);
  for (let j = 0, v = 0, best = -1; j < added.length; j++) {
    for (; v < added[j]!; v++) if (rowOfB[v]! > best) best = rowOfB[v]!;
    after[j] = best;
  }
  const rows: ViewRow[] = [];
  const byB: (ViewRow | undefined)[] = new Array(nb);
  let j = 0;
  const addAfter = (k: number) => {
    for (; j < added.length && after[j] === k; j++) {
      const i = added[j]!, p = c.b.paragraphs[i]!;
      if (p.text) rows.push((byB[i] = { anchor: `b${i}`, label: `Added ¶${i}`, a: [], b: [p], role: p.role }));
    }
  };
  addAfter(-1);
  base.forEach((r, k) => {
    rows.push(r);
    if (r.link) byB[minOf(r.link.b)] = r;
    addAfter(k);
  });
  const title = c.title ? titleRow(c, c.title) : null;
  const shown = (r: ViewRow) => !title || !showsOnlyHeadlines(c.title!, r.a.map((p) => p.index), r.b.map((p) => p.index));
  // a moved link's other place: after the row holding the B paragraph just before its own
  let last: string | null = null;
  for (const r of byB) {
    if (!r) continue;
    if (r.link?.kind === "moved") r.movedAfter = last ?? "start";
    last = shown(r) ? r.anchor : title!.anchor;
  }
  return title ? [title, ...rows.filter(shown)] : rows;
}

function titleRow(c: Comparison, t: TitlePair): ViewRow {
  const a = t.aParagraph != null ? [c.a.paragraphs[t.aParagraph]!] : [], b = t.bParagraph != null ? [c.b.paragraphs[t.bParagraph]!] : [];
  return { anchor: "title", label: "Headline", a, b, edits: t.edits, role: "title", title: true };
}

/** Whether a row of these A and B paragraphs holds nothing but the paragraphs showing the headlines (shown by the headlines row). */
export function showsOnlyHeadlines(t: TitlePair, a: number[], b: number[]): boolean {
  return a.every((i) => i === t.aParagraph) && b.every((i) => i === t.bParagraph);
}

/** The changes a row holds, by class: its non-equal edits, or one for a cut or added body paragraph (furniture is not counted). */
export function rowChanges(r: ViewRow): { style: number; subst: number } {
  if (r.gap) return r.gap.changes;
  if (!r.edits) return { style: 0, subst: r.role === "body" ? 1 : 0 };
  let style = 0, subst = 0;
  for (const e of r.edits) if (e.op !== "equal") (e.class === "style" ? style++ : subst++);
  return { style, subst };
}

/**
 * What the row's label calls it: the link's kind, "cut" or "added"; a reworded link (or headline)
 * whose edits are all house style is "style only", as the summary counts its words.
 */
export function rowKind(r: ViewRow): string {
  if (!r.edits) return r.a.length ? "cut" : "added";
  const kind = r.link?.kind ?? (r.edits.every((e) => e.op === "equal") ? "same" : "reworded");
  if (kind === "reworded" && r.edits.every((e) => e.op === "equal" || e.class === "style")) return "style only";
  return kind;
}

/** Where a side of the row stands: "¶4+5", "–" for nothing, "metadata" for a headline that is no paragraph. */
export function rowPlace(r: ViewRow, side: "a" | "b"): string {
  const ps = r[side];
  return ps.length ? "¶" + ps.map((p) => p.index).join("+") : r.title ? "metadata" : "–";
}

/** `xs` ordered by `key` ascending: as given when it is already (the aligner's order), else a sorted copy. */
function inOrder<T>(xs: readonly T[], key: (x: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) if (key(xs[i - 1]!) > key(xs[i]!)) return [...xs].sort((x, y) => key(x) - key(y));
  return xs as T[];
}

function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

function roleOf(ps: Paragraph[]): Role {
  return ps.some((p) => p.role === "body") ? "body" : (ps[0]?.role ?? "body");
}
