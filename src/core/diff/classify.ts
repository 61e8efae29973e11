/**
 * @module Classifies one word edit as house style or substance, with tags (DESIGN.md, "Tag names").
 *
 * Style is decided by normalisation: each style rule is a normaliser (quote marks, dashes,
 * punctuation, case, spelling variants, number formats, compounds); an edit is style when both sides
 * become equal under all of them, and its tags are the rules it cannot do without (leave one rule out:
 * if the sides differ again, that rule was needed). Datelines and agency credits are recognised from
 * context first. Anything else is substance, tagged by what changed (numbers, dates, names, reporting
 * verbs, hedges) and whether it falls inside a quotation.
 */
import type { EditClass, EditOp, StyleTag, SubstanceTag, Tag } from "../article.ts";
import { canonicalSpelling } from "../text/spelling.ts";
import type { TokenList } from "../text/tokenize.ts";
import { alnumRuns, hasDigit, isWhiteSpace, letterWords, startsUpper } from "../text/word-runs.ts";
import { DATE_CONTEXT_CHARS } from "./defaults.ts";
import { ALL_SIMPLE, CAPITAL, type EditTokens, hasTagOrCapital, NUMBERISH, sideScan, SPLIT_WORD, surelySubstanceOfTokens, TAG_WORD, tokenLetterWords, WORD_CAPITALISED, type WordTests } from "./edit-tokens.ts";
import { mayHoldNumberText, NUMBER_WORD_VALUES, numberformat, numbersOf } from "./numbers.ts";
import { CREDIT_RE, DATE_WORDS, DATELINE_AGENCY_RE, HEDGES, MONTH_RE, NOT_NAMES, REPORTING_VERBS } from "./rules.ts";

export interface EditContext {
  /** The edit overlaps a direct quotation of A or of B. */
  inQuote: boolean;
  /** The edit starts where a paragraph starts (in A or in B). */
  atParagraphStart: boolean;
  /** Both sides of the edit lie inside the dateline prefixes of their paragraphs ("PARIS (AFP) -" / "PARIS:"). */
  inDateline?: boolean;
  /** Up to a few characters of A / B just before the edit (for sentence starts and "March 13"). */
  aBefore: string;
  bBefore: string;
  /** The edit's tokens, when the caller has them: the cheap tests then read per-token facts (edit-tokens.ts). */
  tokens?: EditTokens;
}

export interface Classification {
  class: EditClass;
  tags: Tag[];
}

type Normalizer = (s: string) => string;

// Double, single, angle and corner quotation marks are one house-style choice ("…", ‘…’, «…», 「…」);
// a single mark between two letters or digits is an apostrophe (Iraq’s) and stays one.
const DOUBLE_MARKS = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02"]/g;
const SINGLE_MARKS = /[\u2018\u2019\u201a\u201b\u00b4`\u02bc\u2032'\uff07]/g;
const IN_WORD = /[\p{L}\p{N}]/u;
const inWord = (s: string, at: number) => IN_WORD.test(s[at - 1] ?? "") && IN_WORD.test(s[at + 1] ?? "");
const quotemarks: Normalizer = (s) =>
  s.replace(DOUBLE_MARKS, '"')
    .replace(SINGLE_MARKS, (_, at: number) => (inWord(s, at) ? "'" : '"'))
    .replace(/"\s+|\s+"/g, (m) => m.trim());

const dash: Normalizer = (s) =>
  s.replace(/\s*(?:--+|[\u2013\u2014\u2015]|(?<=\s)-(?=\s))\s*/g, ",").replace(/\s+,/g, ",").replace(/,(?!\d)\s*/g, ", ").replace(/(?:, ?){2,}/g, ", ");

// inner periods of abbreviations go without a trace (U.S. = US); other marks leave a space
const punctuation: Normalizer = (s) => s.replace(/(?<=\p{L})\.(?=\p{L})/gu, "").replace(/[.,;:!?()[\]{}\u2026/]+/g, " ");

const lower: Normalizer = (s) => s.toLowerCase();

const foldWord = (w: string) => {
  const l = w.toLowerCase();
  return /[\u2019\u2018\u00b4\u02bc`]/.test(l) ? l.replace(/[\u2019\u2018\u00b4\u02bc`]/g, "'") : l;
};
const spelling: Normalizer = (s) =>
  s.replace(/\p{L}[\p{L}'\u2019\u00b4\-]*/gu, (w) => {
    const c = canonicalSpelling(w);
    if (c === foldWord(w)) return w;
    if (w === w.toUpperCase() && w.length > 1) return c.toUpperCase();
    if (w[0] === w[0]!.toUpperCase()) return c[0]!.toUpperCase() + c.slice(1);
    return c;
  });

const compound: Normalizer = (s) => s.replace(/(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu, "");

const STEPS: ReadonlyArray<readonly [StyleTag, Normalizer]> = [
  ["quotemarks", quotemarks], ["dash", dash], ["numberformat", numberformat], ["punctuation", punctuation],
  ["spelling", spelling], ["case", lower], ["compound", compound],
];

function key(s: string, skip: StyleTag | null, squeeze: boolean): string {
  let t = s;
  for (const [tag, f] of STEPS) if (tag !== skip) t = f(t);
  return squeeze ? t.replace(/\s+/g, "") : t.replace(/\s+/g, " ").trim();
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:['\u2019\u00b4\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Words that number formats touch (besides anything with a digit). */
const NUMBERISH_WORDS = new Set(["per", "cent", "percent", "pct", "thousand", "million", "billion", "trillion", "bn", "mn", "tn", "m", "k"]);

/**
 * Cheap test that no style rule can explain an edit: after removing the words both sides share, the
 * words left over are not numbers and do not match as spelling variants or compounds. Most
 * substantive edits stop here, before the normalisers run (a speed path; `styleTags` decides alone
 * when this says "maybe").
 */
function surelySubstance(a: string, b: string): boolean {
  const wa = alnumRuns(a.toLowerCase()), wb = alnumRuns(b.toLowerCase());
  const count = new Map<string, number>();
  for (const w of wb) count.set(w, (count.get(w) ?? 0) + 1);
  const ra: string[] = [];
  for (const w of wa) {
    const c = count.get(w);
    if (c) count.set(w, c - 1); else ra.push(w);
  }
  const rb: string[] = [];
  for (const w of wb) {
    const c = count.get(w);
    if (c) { count.set(w, c - 1); rb.push(w); }
  }
  if (ra.length === 0 && rb.length === 0) return false;
  // number formats only touch number-like words: leave those to the full test, judge the rest
  return plainKey(ra) !== plainKey(rb);
}

/** A lowercase word that number formats touch. */
function isNumberLike(w: string): boolean {
  return hasDigit(w) || NUMBERISH_WORDS.has(w) || NUMBER_WORD_VALUES.has(w);
}

/** The canonical spellings of the words that are not number-like, run together. */
function plainKey(words: string[]): string {
  let out = "";
  for (const w of words) if (!isNumberLike(w)) out += canonicalSpelling(w);
  return out;
}

/** Style tags an edit needs, or null when no style rule explains it. `simple`: its tokens, when every one of them is simple. */
function styleTags(a: string, b: string, simple: EditTokens | undefined): StyleTag[] | null {
  const sure = simple !== undefined ? surelySubstanceOfTokens(simple) : surelySubstance(a, b);
  if (sure) return null;
  // decide with the squeezed key first (the loosest): most substantive edits stop here
  if (key(a, null, true) !== key(b, null, true)) return null;
  const squeeze = key(a, null, false) !== key(b, null, false);
  const tags: StyleTag[] = [];
  for (const [tag] of STEPS) if (key(a, tag, squeeze) !== key(b, tag, squeeze)) tags.push(tag);
  if (squeeze) {
    if (wordCount(a) !== wordCount(b)) { if (!tags.includes("compound")) tags.push("compound"); }
    else tags.push("spacing");
  }
  if (tags.length === 0) return [/\S/.test(a + b) ? "punctuation" : "spacing"];
  // a copy of exactly its length: the result keeps it, and a pushed-to array holds room for 17
  return tags.slice();
}

/** The text names an agency as a dateline does: "(AFP)", "- Reuters". */
function hasAgency(s: string): boolean {
  DATELINE_AGENCY_RE.lastIndex = 0;
  return DATELINE_AGENCY_RE.test(s);
}

/** A dateline's place without its agency, letters only. */
function datelinePlace(s: string): string {
  return s.replace(DATELINE_AGENCY_RE, "").replace(/[^\p{L}]+/gu, "").toLowerCase();
}

function isDateline(a: string, b: string): boolean {
  if (!hasAgency(a) && !hasAgency(b) && !/^[\s\p{Lu},.]+[:\u2014\u2013-]\s*$/u.test(a) && !/^[\s\p{Lu},.]+[:\u2014\u2013-]\s*$/u.test(b)) return false;
  return datelinePlace(a) === datelinePlace(b);
}

/** A dateline alone, as an outlet adds or drops it: "WASHINGTON: ", "SUEZ, Egypt (AP) -- ", "Paris (AFP) - ". */
function isBareDateline(s: string): boolean {
  const m = /^\s*([\p{L}][\p{L} ,.'\u2019-]{1,40}?)\s*(\([^)]{1,20}\))?\s*[:\u2014\u2013-]+\s*$/u.exec(s);
  if (!m) return false;
  const place = m[1]!.split(",")[0]!;
  const agency = m[2] ? (DATELINE_AGENCY_RE.lastIndex = 0, DATELINE_AGENCY_RE.test(m[2])) : false;
  return agency || (place === place.toUpperCase() && /\p{Lu}{2}/u.test(place));
}

function isCredit(s: string): boolean {
  return /\S/.test(s) && CREDIT_RE.test(s.trim());
}

/** The two lists differ as multisets. */
function listDiffers(a: string[], b: string[]): boolean {
  const n = a.length;
  if (n !== b.length) return true;
  if (n === 0) return false;
  if (n > 8) {
    const sa = [...a].sort(), sb = [...b].sort();
    return sa.some((x, i) => x !== sb[i]);
  }
  // the usual handful: each item as often in b as in a (with equal lengths, b then holds nothing else)
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    let inA = 0, inB = 0;
    for (let k = 0; k < n; k++) { if (a[k] === x) inA++; if (b[k] === x) inB++; }
    if (inA !== inB) return true;
  }
  return false;
}

/** What the tag rules know of a lowercase word, as bits (one lookup instead of one per list). */
const DATE = 1, VERB = 2, HEDGE = 4, NOT_NAME = 8;
const WORD_KIND = new Map<string, number>();
for (const [set, bit] of [[DATE_WORDS, DATE], [REPORTING_VERBS, VERB], [HEDGES, HEDGE], [NOT_NAMES, NOT_NAME]] as const) {
  for (const w of set) WORD_KIND.set(w, (WORD_KIND.get(w) ?? 0) | bit);
}

/** The date words, reporting verbs and hedges among a side's lowercase words, in order. */
function kindsOf(lowerWords: string[]): { dates: string[]; verbs: string[]; hedges: string[] } {
  const dates: string[] = [], verbs: string[] = [], hedges: string[] = [];
  for (const w of lowerWords) {
    const k = WORD_KIND.get(w);
    if (k === undefined) continue;
    if (k & DATE) dates.push(w);
    if (k & VERB) verbs.push(w);
    if (k & HEDGE) hedges.push(w);
  }
  return { dates, verbs, hedges };
}

/** Chars that may stand between a sentence end and the sentence's first word (white space, opening quotes and brackets). */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || isWhiteSpace(c);
}

/**
 * The word at s[idx] starts a sentence: the 8 chars before it (in `s`, then the end of `before`
 * when the word stands near the start of `s`), openers dropped, are empty or end in . ! ? or :.
 * Same as testing `near.replace(/[\s"'\u201c\u2018(]+$/u, "")`, without building either string.
 */
export function atSentenceStart(s: string, idx: number, before: string): boolean {
  // the window: s[idx - 8, idx) when it fits, else all of s before idx after the last 8 chars of before
  const inBefore = idx >= 8 ? 0 : Math.min(8, before.length);
  let k = idx - 1;
  const sFrom = idx >= 8 ? idx - 8 : 0;
  for (; k >= sFrom; k--) if (!isOpener(s.charCodeAt(k))) return endsSentence(s.charCodeAt(k));
  for (k = before.length - 1; k >= before.length - inBefore; k--) if (!isOpener(before.charCodeAt(k))) return endsSentence(before.charCodeAt(k));
  return true;
}

function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/** Proper names: capitalised words not at a sentence start and not in the furniture list. */
function namesOf(s: string, words: string[], lowerWords: string[], starts: number[], before: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!startsUpper(w)) continue;
    // only the few characters before the word matter (a sentence end, an opening quote)
    if (atSentenceStart(s, starts[k]!, before)) continue; // sentence start: capital says nothing
    if ((WORD_KIND.get(lowerWords[k]!) ?? 0) & (NOT_NAME | DATE | VERB)) continue;
    out.push(canonicalSpelling(w));
  }
  return out;
}

/** Classify one non-equal edit: `a` is the text B removed, `b` the text B put in its place. */
export function classifyEdit(op: Exclude<EditOp, "equal">, a: string, b: string, ctx: EditContext): Classification {
  // Context rules first: credits and datelines are furniture, whatever their words.
  if ((op === "insert" && isCredit(b)) || (op === "delete" && isCredit(a)) || (op === "replace" && isCredit(a) && isCredit(b))) {
    return { class: "style", tags: ["credit"] };
  }
  if (ctx.inDateline) return { class: "style", tags: ["dateline"] };
  if (ctx.atParagraphStart && op === "replace" && isDateline(a, b)) return { class: "style", tags: ["dateline"] };
  if (ctx.atParagraphStart && op !== "replace" && isBareDateline(op === "insert" ? b : a)) return { class: "style", tags: ["dateline"] };
  const t = ctx.tokens;
  // what each side may hold, from its tokens' facts (one pass over each side's tokens): a side
  // without numbers, tag words or capitals skips those scans
  const fa = t ? sideScan(t.a, t.a0, t.a1, WORD_TESTS) : ALL_FACTS, fb = t ? sideScan(t.b, t.b0, t.b1, WORD_TESTS) : ALL_FACTS;
  const style = styleTags(a, b, fa & fb & ALL_SIMPLE ? t : undefined);
  if (style) return { class: "style", tags: style };

  const tags: SubstanceTag[] = [];
  const wa = fa & (TAG_WORD | CAPITAL) ? sideWords(a, ctx.aBefore, fa & SPLIT_WORD ? undefined : t?.a, t?.a0, t?.a1) : NO_WORDS;
  const wb = fb & (TAG_WORD | CAPITAL) ? sideWords(b, ctx.bBefore, fb & SPLIT_WORD ? undefined : t?.b, t?.b0, t?.b1) : NO_WORDS;
  // a side with no token that may hold a number holds no number; against it, the other side's
  // numbers differ exactly when it holds one, which is what mayHoldNumberText says (numbers.ts)
  const numberChanged = fa & NUMBERISH ? (fb & NUMBERISH ? listDiffers(numbersOf(a), numbersOf(b)) : mayHoldNumberText(a))
    : fb & NUMBERISH ? mayHoldNumberText(b) : false;
  if (numberChanged) tags.push("number");
  const dateChanged = listDiffers(wa.dates, wb.dates) ||
    (numberChanged && (MONTH_RE.test(ctx.aBefore.slice(-DATE_CONTEXT_CHARS)) || MONTH_NAME_RE.test(a) || MONTH_NAME_RE.test(b)));
  if (dateChanged) tags.push("date");
  if (ctx.inQuote) tags.push("quote");
  if (listDiffers(wa.names, wb.names)) tags.push("name");
  if (listDiffers(wa.verbs, wb.verbs)) tags.push("attribution");
  if (listDiffers(wa.hedges, wb.hedges)) tags.push("hedge");
  return { class: "substance", tags: tags.length === 0 ? tags : tags.slice() }; // exact length, as styleTags
}

/** A month's name, as a whole word (a match never spans two texts joined by a space, so each side is tested alone). */
const MONTH_NAME_RE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The tag words and names of one side of an edit. */
interface SideWords {
  dates: string[];
  verbs: string[];
  hedges: string[];
  names: string[];
}
const NO_WORDS: SideWords = { dates: [], verbs: [], hedges: [], names: [] };

/** The tag words and names of side text `s`; from its tokens (list[from, to)) when the caller passes them (its letter words are theirs: no SPLIT_WORD). */
function sideWords(s: string, before: string, list?: TokenList, from = 0, to = 0): SideWords {
  if (list) return sideWordsOfTokens(s, before, list, from, to);
  const starts: number[] = [];
  const words = letterWords(s, starts);
  const lower = words.map((w) => w.toLowerCase());
  const k = kindsOf(lower);
  return { dates: k.dates, verbs: k.verbs, hedges: k.hedges, names: namesOf(s, words, lower, starts, before) };
}

/**
 * `sideWords` read from the tokens' letter words and their kinds (learned once per distinct token):
 * no word lists, no lookups; only a tag word or a capitalised word costs anything.
 */
function sideWordsOfTokens(s: string, before: string, list: TokenList, from: number, to: number): SideWords {
  let out: SideWords | null = null;
  const base = list.start[from]!;
  for (let i = from; i < to; i++) {
    // (most tokens have neither: their letter words all have kind 0)
    if (!hasTagOrCapital(list, i)) continue;
    const tw = tokenLetterWords(list, i), kinds = tw.kinds;
    for (let k = 0; k < kinds.length; k++) {
      const bits = kinds[k]!;
      if (bits === 0) continue;
      out ??= { dates: [], verbs: [], hedges: [], names: [] };
      const lower = tw.lower[k]!;
      if (bits & DATE) out.dates.push(lower);
      if (bits & VERB) out.verbs.push(lower);
      if (bits & HEDGE) out.hedges.push(lower);
      // as namesOf: capitalised, not a furniture, date or reporting word, not at a sentence start
      if (bits & WORD_CAPITALISED && !(bits & (NOT_NAME | DATE | VERB)) && !atSentenceStart(s, list.start[i]! - base + tw.offsets[k]!, before)) {
        out.names.push(canonicalSpelling(tw.words[k]!));
      }
    }
  }
  return out ?? NO_WORDS;
}

/** The per-token tests edit-tokens.ts learns each token's facts with (the string tests above, on one token). */
const WORD_TESTS: WordTests = { isNumberLike, mayHoldNumber: mayHoldNumberText, wordKind: (lower) => WORD_KIND.get(lower) ?? 0, tagKinds: DATE | VERB | HEDGE };
const ALL_FACTS = NUMBERISH | TAG_WORD | CAPITAL; // (not ALL_SIMPLE, no SPLIT_WORD: the string ways)
