/**
 * @module The rows of `wirediff figures`: every (source, version) pair of every story, compared by
 * the one pipeline, one pair at a time, so a consumer that writes each row as it comes keeps flat
 * memory. Pure: the corpus is already in memory; nothing here reads a file or the clock.
 */
import type { Article, Comparison, Story } from "../../core/article.ts";
import { compareArticles } from "../../core/compare.ts";
import { cutProfile } from "../../core/story/story-matrix.ts";
import { LINK_KINDS, QUOTE_STATUSES, STAT_COLUMNS, TAGS } from "./columns.ts";

export type Cell = string | number | null | string[];
export type FigureRow = Record<string, Cell>;

export interface StoryPair {
  story: Story;
  comparison: Comparison;
}

/** Each story with several versions: its source against every other version, compared lazily. */
export function* storyPairs(stories: Iterable<Story>, byId: ReadonlyMap<string, Article>): Generator<StoryPair> {
  for (const story of stories) {
    if (story.versions.length < 2) continue;
    const source = byId.get(story.source)!;
    for (const v of story.versions) {
      if (v !== story.source) yield { story, comparison: compareArticles(source, byId.get(v)!) };
    }
  }
}

/** Whole days from one YYYY-MM-DD date to another, or null when either is missing or malformed. */
export function lagDays(from: string | null, to: string | null): number | null {
  const t0 = from ? Date.parse(`${from.slice(0, 10)}T00:00:00Z`) : NaN,
    t1 = to ? Date.parse(`${to.slice(0, 10)}T00:00:00Z`) : NaN;
  return Number.isNaN(t0) || Number.isNaN(t1) ? null : Math.round((t1 - t0) / 86_400_000);
}

function bodyCount(a: Article, indices: readonly number[]): number {
  const body = new Set(a.paragraphs.filter((p) => p.role === "body").map((p) => p.index));
  return indices.filter((i) => body.has(i)).length;
}

export function pairRow({ story, comparison: c }: StoryPair): FigureRow {
  const row: FigureRow = {
    story_id: story.id,
    story_versions: story.versions.length,
    source_id: c.a.id,
    version_id: c.b.id,
    source_outlet: c.a.outlet,
    version_outlet: c.b.outlet,
    source_agency: c.a.agency,
    version_agency: c.b.agency,
    source_date: c.a.date,
    version_date: c.b.date,
    lag_days: lagDays(c.a.date, c.b.date),
    source_title: c.a.title,
    version_title: c.b.title,
    source_url: c.a.url,
    version_url: c.b.url,
  };
  for (const [k, column] of Object.entries(STAT_COLUMNS)) row[column.name] = c.stats[k as keyof typeof STAT_COLUMNS];
  row.cut_profile = cutProfile(c);
  row.paragraphs_cut = bodyCount(c.a, c.onlyA);
  row.paragraphs_added = bodyCount(c.b, c.onlyB);
  row.links = c.links.length;
  for (const k of LINK_KINDS) row[`links_${k}`] = 0;
  for (const op of ["insert", "delete", "replace"]) row[`edits_${op}`] = 0;
  for (const t of TAGS) row[`tag_${t}`] = 0;
  const inc = (key: string) => {
    row[key] = (row[key] as number) + 1;
  };
  for (const l of c.links) {
    inc(`links_${l.kind}`);
    for (const e of l.edits) {
      if (e.op === "equal") continue;
      inc(`edits_${e.op}`);
      for (const t of e.tags) inc(`tag_${t}`);
    }
  }
  row.quotes = c.quotes.length;
  for (const s of QUOTE_STATUSES) row[`quotes_${s}`] = c.quotes.filter((q) => q.status === s).length;
  return row;
}

/** The changed pieces of one pair: every non-equal edit of each link, then each cut and added paragraph whole. */
export function* editRows({ story, comparison: c }: StoryPair): Generator<FigureRow> {
  const base = { story_id: story.id, source_id: c.a.id, version_id: c.b.id, version_outlet: c.b.outlet };
  const roleA = new Map(c.a.paragraphs.map((p) => [p.index, p.role]));
  const roleB = new Map(c.b.paragraphs.map((p) => [p.index, p.role]));
  const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  for (let n = 0; n < links.length; n++) {
    const l = links[n]!;
    for (const e of l.edits) {
      if (e.op === "equal") continue;
      yield {
        ...base,
        link: n + 1,
        kind: l.kind,
        role: roleA.get(l.a[0]!) ?? null,
        a_paragraphs: l.a.join(" "),
        b_paragraphs: l.b.join(" "),
        op: e.op,
        class: e.class,
        tags: e.tags,
        a_text: e.a,
        b_text: e.b,
      };
    }
  }
  for (const i of c.onlyA) {
    yield {
      ...base,
      link: null,
      kind: "cut",
      role: roleA.get(i) ?? null,
      a_paragraphs: String(i),
      b_paragraphs: "",
      op: "delete",
      class: "substance",
      tags: [],
      a_text: c.a.paragraphs[i]!.text,
      b_text: "",
    };
  }
  for (const j of c.onlyB) {
    yield {
      ...base,
      link: null,
      kind: "added",
      role: roleB.get(j) ?? null,
      a_paragraphs: "",
      b_paragraphs: String(j),
      op: "insert",
      class: "substance",
      tags: [],
      a_text: "",
      b_text: c.b.paragraphs[j]!.text,
    };
  }
}
