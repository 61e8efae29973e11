/** @module The index's rows, computed from parsed articles: pure, no I/O (the store writes them). */
import type { Article, Format, Paragraph, Role } from "../../core/article.ts";
import { countWords } from "../../core/parse/assign-roles.ts";
import { articleShingles } from "../../core/story/shingles.ts";
import type { StoryOptions } from "../../core/story/defaults.ts";

export interface FileRow { name: string; digest: string; errors: string }
export interface ArticleRow {
  file: string; position: number; id: string; title: string | null; outlet: string | null;
  outlet_key: string | null; agency: string | null; date: string | null; url: string | null;
  byline: string | null; dateline: string | null; format: string; warnings: string; words: number; body_words: number;
}
export interface ParagraphRow {
  file: string; position: number; idx: number; text: string; role: string; reason: string | null; words: number;
}
export interface ShownRow {
  id: string; file: string; position: number; outlet_key: string | null; roles: string;
  body_words: number; shingle_size: number; shingles: string;
}

/** The key corpus-level roles group by (apply-corpus-roles.ts): the outlet, lower-cased. */
export const outletKey = (a: { outlet: string | null }): string | null => (a.outlet ? a.outlet.toLowerCase() : null);

const bodyWords = (a: Article) => a.paragraphs.reduce((n, p) => n + (p.role === "body" ? countWords(p.text) : 0), 0);

/** The rows of one file of the corpus folder: the file, its articles as parsed, their paragraphs. */
export function fileRows(name: string, digest: string, articles: readonly Article[], errors: readonly string[]) {
  const file: FileRow = { name, digest, errors: JSON.stringify(errors) };
  const rows: ArticleRow[] = [], paragraphs: ParagraphRow[] = [];
  articles.forEach((a, position) => {
    let words = 0;
    for (const p of a.paragraphs) {
      const n = countWords(p.text);
      words += n;
      const reason = p.reason ?? null;
      paragraphs.push({ file: name, position, idx: p.index, text: p.text, role: p.role, reason, words: n });
    }
    rows.push({
      file: name, position, id: a.id, title: a.title, outlet: a.outlet, outlet_key: outletKey(a), agency: a.agency,
      date: a.date, url: a.url, byline: a.byline, dateline: a.dateline, format: a.format,
      warnings: JSON.stringify(a.warnings), words, body_words: bodyWords(a),
    });
  });
  return { file, articles: rows, paragraphs };
}

/** The article as parsed, back from its rows (paragraphs in any order). */
export function articleFromRows(a: ArticleRow, paragraphs: readonly ParagraphRow[]): Article {
  const ps: Paragraph[] = [...paragraphs].sort((x, y) => x.idx - y.idx).map((p) => {
    const out: Paragraph = { index: p.idx, text: p.text, role: p.role as Role };
    if (p.reason != null) out.reason = p.reason;
    return out;
  });
  return {
    id: a.id, title: a.title, outlet: a.outlet, agency: a.agency, date: a.date, url: a.url, byline: a.byline,
    dateline: a.dateline, format: a.format as Format, warnings: JSON.parse(a.warnings) as string[], paragraphs: ps,
  };
}

/** What the story index needs of a shown article (corpus-level roles applied), and its sampled shingles. */
export function shownRows(
  a: Article, file: string, position: number, opts: StoryOptions,
): { shown: ShownRow; keys: number[] } {
  const shingles = articleShingles(a, opts.shingleSize);
  const keys: number[] = [];
  for (const h of shingles) if (h % opts.sampleModulo === 0) keys.push(h);
  return {
    shown: {
      id: a.id, file, position, outlet_key: outletKey(a), body_words: bodyWords(a), shingle_size: opts.shingleSize,
      roles: JSON.stringify(a.paragraphs.map((p) => [p.role, p.reason ?? null])), shingles: encodeShingles(shingles),
    },
    keys,
  };
}

/** Shingles as text (little-endian bytes in base64): one portable column type for every engine. */
export function encodeShingles(s: Uint32Array): string {
  const bytes = new Uint8Array(s.length * 4);
  const view = new DataView(bytes.buffer);
  s.forEach((h, i) => view.setUint32(i * 4, h, true));
  return Buffer.from(bytes).toString("base64");
}

export function decodeShingles(text: string): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
