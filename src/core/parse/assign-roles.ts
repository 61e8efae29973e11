/** @module Give every paragraph a role and a reason, by general rules over the block and its neighbours. */
import type { Paragraph, Role } from "../article.ts";
import {
  CAMERA_ICON, CAPTION_END, CAPTION_MARK, CAPTION_START, COMMENT_COUNTER, COPYRIGHT_LINE, CREDIT, EMBED_ATTRIBUTION, SYNDICATION_NOTE, HEADLINE_MIN_WORDS, LABEL_MAX_WORDS,
  PROMO_START, PROMPT_CUE, PULL_QUOTE_MIN_SHARE, PULL_QUOTE_WINDOW, RELATED_RUN_MIN, SHORT_LINE_MAX_WORDS, TIMESTAMP, TITLE_MAX_WORDS,
} from "./defaults.ts";
import { findByline, findDateline } from "./metadata.ts";
import { countWords as countTokenWords } from "../text/tokenize.ts";
import { isUnspaced } from "../text/unspaced-words.ts";

export interface RoleContext {
  /** The format already knows the title (front matter, HTML <title>): block 0 is then not taken as one. */
  knownTitle?: string | null;
  /** Blocks the format marks as headings (Markdown `#`, HTML h1-h6). */
  headings?: ReadonlySet<number>;
  /** Blocks the format marks as lists, tables or code: body. */
  structured?: ReadonlySet<number>;
  /** Blocks the format marks as captions (HTML figcaption). */
  captions?: ReadonlySet<number>;
  /** Blocks that were only a metadata prefix. */
  metaOnly?: ReadonlySet<number>;
}

export interface RoleResult {
  paragraphs: Paragraph[];
  title: string | null;
  dateline: string | null;
  agency: string | null;
  byline: string | null;
}

interface Shape {
  text: string;
  words: number;
  /** Ends like a sentence: . ! ? (or 。！？) or a closing quote/bracket after one, or : ; */
  closed: boolean;
  titleCase: boolean;
  endsDash: boolean;
}

function shape(text: string): Shape {
  const t = text.length > 2000 ? text.slice(0, 1000) + " " + text.slice(-1000) : text;
  const words = countWords(text);
  const closed = CLOSED_END.test(t) || /[.!?…]\s*["'”’»]\s*$/.test(t);
  const endsDash = /\s[-–—]$/.test(t);
  const ws = t.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCase = ws.length >= 2 && caps / ws.length >= 0.6;
  return { text, words, closed, titleCase, endsDash };
}

/** A sentence end, with the full-width marks of Chinese and Japanese, before any closing quotes and brackets. */
const CLOSED_END = /[.!?…:;。！？；：．]["'”’»)\]」』）】〕》〉]*$/;

/** Words as spaces separate them; in a script written without spaces (Chinese, Japanese, Thai), the tokenizer's. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e00 && isUnspaced(c)) return countTokenWords(text);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const STRAY = /^(?:[^\p{L}\p{N}]{1,6}|[\p{L}]{0,3}\d[\p{L}\d]{0,10}|\p{Lu}\d*)$/u;
const DASH_HEADING = /^[-–—•*=#]+\s*[^-–—]{1,80}?\s*[-–—•*=#]+$/;

function normalizeForMatch(s: string): string {
  return s.toLowerCase().replace(/[‘’´`']/g, "'").replace(/[“”«»"]/g, "").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
}

/** Assign roles to blocks; also returns the title, dateline, agency and byline the blocks reveal. */
export function assignRoles(texts: readonly string[], ctx: RoleContext = {}): RoleResult {
  const n = texts.length;
  const shapes = texts.map(shape);
  const roles: (Role | null)[] = new Array(n).fill(null);
  const reasons: (string | undefined)[] = new Array(n).fill(undefined);
  const set = (i: number, role: Role, reason: string) => { if (roles[i] == null) { roles[i] = role; reasons[i] = reason; } };
  let title: string | null = ctx.knownTitle ?? null;
  let dateline: string | null = null;
  let agency: string | null = null;
  let byline: string | null = null;

  for (const i of ctx.metaOnly ?? []) set(i, "meta", "metadata prefix only");
  for (const i of ctx.structured ?? []) set(i, "body", "list, table or code block");
  for (const i of ctx.captions ?? []) set(i, "caption", "figure caption");

  // Title: a short first block without a closing full stop (unless the format gave one).
  const first = firstNonEmpty(texts, roles);
  if (first >= 0 && !ctx.knownTitle) {
    const s = shapes[first]!;
    if (s.words > 0 && s.words <= TITLE_MAX_WORDS && !/[.:;,。：；，]$/.test(s.text) && !findDateline(s.text)
      && !findByline(s.text) && !CREDIT.test(s.text) && !isFurniture(s.text, s)) {
      set(first, "title", "short first line without closing punctuation");
      title = s.text;
    }
  } else if (first >= 0 && ctx.knownTitle && normalizeForMatch(texts[first]!) === normalizeForMatch(ctx.knownTitle)) {
    set(first, "title", "repeats the document title");
  }

  // Block-level rules.
  for (let i = 0; i < n; i++) {
    if (roles[i] != null) continue;
    const s = shapes[i]!;
    const t = s.text;
    if (t === "") { set(i, "meta", "empty block"); continue; }
    if (ctx.headings?.has(i)) { set(i, "heading", "marked as a heading by the format"); continue; }
    const dl = findDateline(t);
    if (dl && dl.length >= t.length - 1) {
      set(i, "meta", "dateline");
      if (!dateline) { dateline = dl.place; agency = dl.agency; }
      continue;
    }
    if (s.words > 80) continue; // long blocks are story text; the rules below are for furniture
    const by = findByline(t);
    if (by) { set(i, "meta", "byline"); byline ??= by.name; agency ??= by.agency; continue; }
    if (CREDIT.test(t)) { set(i, "meta", "agency credit"); continue; }
    if (TIMESTAMP.test(t) && s.words <= 12) { set(i, "meta", "timestamp"); continue; }
    if (COMMENT_COUNTER.test(t)) { set(i, "boilerplate", "comment counter"); continue; }
    if (STRAY.test(t)) { set(i, "boilerplate", "stray token"); continue; }
    if (PROMO_START.test(t)) { set(i, "boilerplate", "promo block"); continue; }
    if (s.words <= 40 && PROMPT_CUE.test(t) && (t.endsWith("?") || !s.closed || /sign up|subscribe|newsletter|notification/i.test(t))) {
      set(i, "boilerplate", "newsletter or notification prompt"); continue;
    }
    if (CAPTION_START.test(t) || CAMERA_ICON.test(t) || CAPTION_END.test(t)) { set(i, "caption", "photo caption"); continue; }
    if (CAPTION_MARK.test(t)) { set(i, "caption", "photo caption (photo credit or position marker)"); continue; }
    if (s.words <= 25 && COPYRIGHT_LINE.test(t)) { set(i, "boilerplate", "copyright line"); continue; }
    if (s.words <= 60 && SYNDICATION_NOTE.test(t)) { set(i, "boilerplate", "syndication note"); continue; }
    if (EMBED_ATTRIBUTION.test(t)) {
      set(i, "boilerplate", "embedded post attribution");
      if (i > 0 && shapes[i - 1]!.words <= 60) set(i - 1, "boilerplate", "embedded post");
      continue;
    }
    if (DASH_HEADING.test(t) && s.words <= 10) { set(i, "heading", "subheading between dashes"); continue; }
  }

  // A label line directly above a caption ("Mike Pompeo" over "... (Image: GETTY)").
  for (let i = 0; i + 1 < n; i++) {
    const s = shapes[i]!;
    if (roles[i] == null && roles[i + 1] === "caption" && reasons[i + 1] === "photo caption" && s.words <= LABEL_MAX_WORDS && !s.closed) {
      set(i, "caption", "label above a photo caption");
    }
  }

  // Pull quotes: an unclosed block whose words recur in a paragraph shortly after it; then its attribution line.
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    if (roles[i] != null || s.closed || s.words < HEADLINE_MIN_WORDS || s.words > 60) continue;
    const needle = bigrams(s.text);
    for (let j = i + 1; j < Math.min(n, i + 1 + PULL_QUOTE_WINDOW); j++) {
      if (shapes[j]!.words > s.words && containment(needle, bigrams(texts[j]!)) >= PULL_QUOTE_MIN_SHARE) {
        set(i, "boilerplate", `pull quote repeating paragraph ${j}`);
        const next = shapes[i + 1];
        if (next && roles[i + 1] == null && next.words <= 5 && !next.closed && next.titleCase) set(i + 1, "boilerplate", "pull quote attribution");
        break;
      }
    }
  }

  // A block printed twice (a caption repeated around its photo credit) is furniture, both copies.
  const seenText = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    if (s.words < 4 || s.words > 60) continue;
    const first = seenText.get(s.text);
    if (first === undefined) { seenText.set(s.text, i); continue; }
    if (roles[first] == null) set(first, "caption", "block printed twice (a repeated caption)");
    if (roles[i] == null) set(i, "caption", "block printed twice (a repeated caption)");
  }

  // Related-headline lists: runs of short headline-like lines.
  const headlineLike = (i: number) => {
    const s = shapes[i]!;
    return (roles[i] == null || roles[i] === "boilerplate") && s.words >= 2 && s.words <= SHORT_LINE_MAX_WORDS && (!s.closed || s.endsDash || /\?\s*[-–—]?$/.test(s.text)) && (s.titleCase || s.endsDash);
  };
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && (headlineLike(j) || (roles[j] === "boilerplate" && reasons[j] === "stray token"))) j++;
    const run = j - i;
    if (run >= RELATED_RUN_MIN) for (let k = i; k < j; k++) set(k, "boilerplate", "related headlines");
    i = j > i ? j : i + 1;
  }

  // Lone unclosed lines inside the story: a headline (a related-article link) or a subheading.
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    if (roles[i] != null || s.closed || s.words > SHORT_LINE_MAX_WORDS || s.endsDash) continue;
    // an open quotation running into the next paragraph is story text; a short quoted line is a subheading
    if (/^["“‘'«「『]/.test(s.text) && !(s.words < HEADLINE_MIN_WORDS && /["”’'»」』]$/.test(s.text))) continue;
    if (s.words >= HEADLINE_MIN_WORDS) set(i, "boilerplate", "headline-like line (related article link)");
    else set(i, "heading", "short line without closing punctuation (subheading)");
  }

  // An unclosed long description before the story starts (a photo caption scraped above the dateline).
  if (first >= 0 && roles[first] == null && !shapes[first]!.closed && shapes[first]!.words > TITLE_MAX_WORDS && shapes[first]!.words <= 80) {
    set(first, "caption", "unpunctuated description above the story (photo caption)");
  }

  // Inline datelines at the start of the lede: the paragraph stays body.
  if (!dateline) {
    let seen = 0;
    for (let i = 0; i < n && seen < 3; i++) {
      if (roles[i] != null) continue;
      seen++;
      const dl = findDateline(texts[i]!);
      if (dl) { dateline = dl.place; agency ??= dl.agency; break; }
    }
  }

  const paragraphs: Paragraph[] = texts.map((text, index) => {
    const role = roles[index] ?? "body";
    return role === "body" ? { index, text, role } : { index, text, role, reason: reasons[index]! };
  });
  return { paragraphs, title, dateline, agency, byline };
}

/** Word bigrams after normalisation: a pull quote may drop words of the passage it repeats. */
function bigrams(text: string): Set<string> {
  const w = normalizeForMatch(text).split(" ");
  const out = new Set<string>();
  for (let k = 0; k + 1 < w.length; k++) out.add(w[k] + " " + w[k + 1]);
  return out;
}

function containment(needle: Set<string>, hay: Set<string>): number {
  if (needle.size === 0) return 0;
  let hit = 0;
  for (const g of needle) if (hay.has(g)) hit++;
  return hit / needle.size;
}

function firstNonEmpty(texts: readonly string[], roles: readonly (Role | null)[]): number {
  for (let i = 0; i < texts.length; i++) if (texts[i] !== "" && roles[i] == null) return i;
  return -1;
}

function isFurniture(t: string, s: Shape): boolean {
  return STRAY.test(t) || PROMO_START.test(t) || COMMENT_COUNTER.test(t) || CAPTION_END.test(t) || (s.words <= 12 && TIMESTAMP.test(t));
}
