/** @module The rows every view and report shows, in reading order: links and unlinked paragraphs, each with a stable anchor. */
import type { Comparison, LinkWithEdits, Paragraph, Role } from "../core/article.ts";

export interface ViewRow {
  /** Stable anchor: `l<n>` for link n (in link order), `a<i>` / `b<i>` for an unlinked paragraph. */
  anchor: string;
  label: string;
  a: Paragraph[];
  b: Paragraph[];
  link?: LinkWithEdits;
  /** The role shown for the row (body when any paragraph of it is body). */
  role: Role;
  /** For a moved link: the anchor of the row B places it after (its other place), or "start". */
  movedAfter?: string;
}

/**
 * Links in A order; a cut A paragraph where it stands in A; an added B paragraph after the row that
 * holds the B paragraph before it (so additions appear where the outlet placed them).
 */
export function comparisonRows(c: Comparison): ViewRow[] {
  const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  type Keyed = ViewRow & { aKey: number; bKey: number };
  const rows: Keyed[] = [];
  links.forEach((l, n) => {
    const a = l.a.map((i) => c.a.paragraphs[i]!), b = l.b.map((i) => c.b.paragraphs[i]!);
    rows.push({ anchor: `l${n}`, label: `Link ${n + 1}`, a, b, link: l, role: roleOf([...a, ...b]), aKey: Math.min(...l.a), bKey: Math.min(...l.b) });
  });
  for (const i of c.onlyA) {
    const p = c.a.paragraphs[i]!;
    rows.push({ anchor: `a${i}`, label: `Cut ¶${i}`, a: [p], b: [], role: p.role, aKey: i, bKey: -1 });
  }
  rows.sort((x, y) => x.aKey - y.aKey);
  // Insert each added paragraph after the last row whose B paragraphs come before it.
  for (const i of c.onlyB) {
    const p = c.b.paragraphs[i]!;
    let at = 0;
    for (let k = 0; k < rows.length; k++) if (rows[k]!.bKey >= 0 && rows[k]!.bKey < i) at = k + 1;
    rows.splice(at, 0, { anchor: `b${i}`, label: `Added ¶${i}`, a: [], b: [p], role: p.role, aKey: -1, bKey: i });
  }
  for (const r of rows) {
    if (r.link?.kind !== "moved") continue;
    let best: Keyed | null = null;
    for (const o of rows) if (o !== r && o.bKey >= 0 && o.bKey < r.bKey && (!best || o.bKey > best.bKey)) best = o;
    r.movedAfter = best ? best.anchor : "start";
  }
  return rows.map(({ aKey: _a, bKey: _b, ...r }) => r);
}

function roleOf(ps: Paragraph[]): Role {
  return ps.some((p) => p.role === "body") ? "body" : (ps[0]?.role ?? "body");
}
