/**
 * @module Paragraph alignment of two articles: the unit engine (align-units.ts) run once per role
 * class, so story text (body and headings) links only to story text, a title to a title, a caption
 * to a caption, a dateline to a dateline, boilerplate to boilerplate, and never across.
 */
import type { Alignment, Article, Link, LinkEvidence, LinkKind, Role } from "../article.ts";
import { ALIGN_DEFAULTS, type AlignOptions } from "./defaults.ts";
import { alignByPairs, type PairModel, type PairScoring } from "./align-by-pairs.ts";
import { linkEvidence } from "./link-evidence.ts";
import { unitStems } from "./unit-stems.ts";
import { alignUnits } from "./align-units.ts";
import { PAIR_MODEL } from "./pair-model.ts";
import { wordIdsFromTokens } from "./tokenize-unit.ts";
import type { ParagraphTokens } from "../text/paragraph-tokens.ts";
import { isWhiteSpace } from "../text/word-runs.ts";

const ROLE_CLASS: Record<Role, string> = { body: "text", heading: "text", title: "title", meta: "meta", caption: "caption", boilerplate: "boilerplate" };

/** x and y are equal once runs of white space are collapsed and the ends trimmed (without building either). */
export function sameButSpacing(x: string, y: string): boolean {
  if (x === y) return true;
  const n = x.length, m = y.length;
  let i = 0, j = 0;
  while (i < n && isWhiteSpace(x.charCodeAt(i))) i++;
  while (j < m && isWhiteSpace(y.charCodeAt(j))) j++;
  for (;;) {
    if (i >= n || j >= m) {
      while (i < n && isWhiteSpace(x.charCodeAt(i))) i++;
      while (j < m && isWhiteSpace(y.charCodeAt(j))) j++;
      return i >= n && j >= m;
    }
    const c = x.charCodeAt(i), d = y.charCodeAt(j);
    const sc = isWhiteSpace(c), sd = isWhiteSpace(d);
    if (sc || sd) {
      while (i < n && isWhiteSpace(x.charCodeAt(i))) i++;
      while (j < m && isWhiteSpace(y.charCodeAt(j))) j++;
      // a space on one side only is a difference, unless it trails the text
      if (sc !== sd && i < n && j < m) return false;
      continue;
    }
    if (c !== d) return false;
    i++; j++;
  }
}

/**
 * Align the paragraphs of two articles: links sorted by smallest A index, plus onlyA / onlyB. With
 * `tokens`, the aligner reads words from the paragraphs' tokens instead of scanning their texts again.
 * Story text is linked by the pair model (align-by-pairs.ts) unless `opts.pairModel` is false.
 * The two articles are aligned in an order fixed by their content, and the answer swapped back when
 * that order is (b, a), so align(a, b) and align(b, a) always give the same links.
 */
export function alignArticles(a: Article, b: Article, opts: Partial<AlignOptions> = {}, tokens?: ParagraphTokens, model: PairModel = PAIR_MODEL): Alignment {
  if (compareContent(b, a) < 0) return swapped(alignInOrder(b, a, opts, tokens && { store: tokens.store, a: tokens.b, b: tokens.a }, model));
  return alignInOrder(a, b, opts, tokens, model);
}

/** Orders two articles by their paragraphs' roles and texts, paragraph by paragraph (0: the same content). */
function compareContent(x: Article, y: Article): number {
  const n = Math.min(x.paragraphs.length, y.paragraphs.length);
  for (let i = 0; i < n; i++) {
    const p = x.paragraphs[i]!, q = y.paragraphs[i]!;
    if (p.role !== q.role) return p.role < q.role ? -1 : 1;
    if (p.text !== q.text) return p.text < q.text ? -1 : 1;
  }
  return x.paragraphs.length - y.paragraphs.length;
}

/**
 * Gives `link.evidence` as a property made on first read, then kept: callers that never show
 * evidence (the story index, the bench) do not pay for it. Enumerable, so JSON and deep equality
 * see it as a plain field.
 */
function lazyEvidence(link: Link, make: () => LinkEvidence): void {
  const keep = (value: LinkEvidence) => { Object.defineProperty(link, "evidence", { value, enumerable: true, writable: true, configurable: true }); return value; };
  Object.defineProperty(link, "evidence", { enumerable: true, configurable: true, get: () => keep(make()), set: keep });
}

const SWAPPED_KIND: Record<LinkKind, LinkKind> = { same: "same", reworded: "reworded", merged: "split", split: "merged", regrouped: "regrouped", moved: "moved" };

/** The alignment of (b, a) read as one of (a, b). */
function swapped(r: Alignment): Alignment {
  const links = r.links.map((l): Link => {
    const out: Link = { a: l.b, b: l.a, kind: SWAPPED_KIND[l.kind], similarity: l.similarity };
    lazyEvidence(out, () => {
      const e = l.evidence!;
      return { ...e, sentences: e.sentences.map((s) => ({ a: s.b, aSpan: s.bSpan, b: s.a, bSpan: s.aSpan, similarity: s.similarity })) };
    });
    return out;
  });
  links.sort((x, y) => x.a[0]! - y.a[0]!);
  return { links, onlyA: r.onlyB, onlyB: r.onlyA };
}

function alignInOrder(a: Article, b: Article, opts: Partial<AlignOptions>, tokens: ParagraphTokens | undefined, model: PairModel): Alignment {
  const o = { ...ALIGN_DEFAULTS, ...opts };
  const links: Link[] = [];
  const usedA = new Set<number>(), usedB = new Set<number>();
  for (const cls of new Set(Object.values(ROLE_CLASS))) {
    const pa = a.paragraphs.filter((p) => ROLE_CLASS[p.role] === cls);
    const pb = b.paragraphs.filter((p) => ROLE_CLASS[p.role] === cls);
    if (!pa.length || !pb.length) continue;
    const fromTokens = tokens && ((side: number, unit: number, out: Int32Array, at: number) => {
      const p = side === 0 ? pa[unit]! : pb[unit]!;
      const e = (side === 0 ? tokens.a : tokens.b).get(p.index);
      return e === undefined ? -1 : wordIdsFromTokens(tokens.store, e, out, at);
    });
    const byPairs = cls === "text" && o.pairModel;
    const ta = pa.map((p) => p.text), tb = pb.map((p) => p.text);
    const paired = byPairs ? alignByPairs(ta, tb, opts, fromTokens, model) : null;
    const r = paired ?? alignUnits(ta, tb, opts, fromTokens);
    // evidence for every link of this role, made when one is first read (other roles: from the
    // few paragraphs of that role)
    let evidence: LinkEvidence[] | null = null;
    const evidenceOf = (k: number) => {
      if (!evidence) {
        const scoring: Pick<PairScoring, "S" | "sentenceLinks"> = paired ? paired.scoring
          : { S: unitStems(ta, tb, o.numberWeight, o.shortLength, o.shortWeight), sentenceLinks: [] };
        const input = { ...scoring, na: pa.length, paraA: pa.map((p) => p.index), paraB: pb.map((p) => p.index), textsA: ta, textsB: tb };
        evidence = linkEvidence(input, r.groups);
      }
      return evidence[k]!;
    };
    r.groups.forEach((g, k) => {
      const ai = g.a.map((u) => pa[u]!.index), bi = g.b.map((u) => pb[u]!.index);
      let kind: LinkKind;
      if (g.moved) kind = "moved";
      else if (ai.length === 1 && bi.length === 1) kind = sameButSpacing(pa[g.a[0]!]!.text, pb[g.b[0]!]!.text) ? "same" : "reworded";
      else if (bi.length === 1) kind = "merged";
      else if (ai.length === 1) kind = "split";
      else kind = "regrouped";
      const link: Link = { a: ai, b: bi, kind, similarity: g.similarity };
      lazyEvidence(link, () => evidenceOf(k));
      links.push(link);
      ai.forEach((x) => usedA.add(x));
      bi.forEach((x) => usedB.add(x));
    });
  }
  // a link's indices ascend, so its first is its smallest
  links.sort((x, y) => x.a[0]! - y.a[0]!);
  return {
    links,
    onlyA: a.paragraphs.map((p) => p.index).filter((i) => !usedA.has(i)),
    onlyB: b.paragraphs.map((p) => p.index).filter((i) => !usedB.has(i)),
  };
}
