/** Hand-made comparisons for the view tests: articles of numbered paragraphs, links given by index. */
import type { Article, Comparison, Edit, LinkKind, LinkWithEdits, Paragraph, Role } from "../../src/core/article.ts";

export function article(id: string, n: number, role: (i: number) => Role = () => "body", text: (i: number) => string = (i) => `${id} paragraph ${i}.`): Article {
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < n; i++) paragraphs.push({ index: i, text: text(i), role: role(i) });
  return { id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [], paragraphs };
}

const STATS = { aWords: 0, bWords: 0, verbatim: 0, styleOnly: 0, reworded: 0, cut: 0, newInB: 0, styleEdits: 0, substantiveEdits: 0, alteredQuotes: 0, changedNumbers: 0 };

/** A comparison of `a` and `b` with these links (edits: one equal edit unless given); the unlinked paragraphs are onlyA/onlyB. */
export function comparison(a: Article, b: Article, links: { a: number[]; b: number[]; kind?: LinkKind; edits?: Edit[] }[]): Comparison {
  const inA = new Set(links.flatMap((l) => l.a)), inB = new Set(links.flatMap((l) => l.b));
  const full: LinkWithEdits[] = links.map((l) => {
    const at = l.a.map((i) => a.paragraphs[i]!.text).join("\n\n"), bt = l.b.map((i) => b.paragraphs[i]!.text).join("\n\n");
    return { a: l.a, b: l.b, kind: l.kind ?? "same", similarity: 1, edits: l.edits ?? [{ op: "equal", a: at, b: bt }] };
  });
  return {
    a, b, links: full, stats: { ...STATS }, quotes: [],
    onlyA: a.paragraphs.map((p) => p.index).filter((i) => !inA.has(i)),
    onlyB: b.paragraphs.map((p) => p.index).filter((i) => !inB.has(i)),
  };
}
