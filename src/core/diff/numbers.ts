/**
 * @module Numbers in edit text: the number-format normaliser (1,000 / 1000, per cent / %, 5 million
 * / 5000000, five / 5) and the multiset of values a text holds. The classifier runs these on every
 * side that may hold a number, so the word steps are scanners over char codes, not regular
 * expressions with a callback or a match object per word; each states the expression it stands for
 * (a property test holds them to it).
 */
import { hasDigit, isWhiteSpace } from "../text/word-runs.ts";
import { MULTIPLIERS, NUMBER_WORDS } from "./rules.ts";

/** Number words and their values (a Map: no "constructor" from Object.prototype). */
export const NUMBER_WORD_VALUES = new Map(Object.entries(NUMBER_WORDS));
const NUMBER_WORD_RE = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b`, "i");
/** Number words that stay words in the normal form (ordinals, vague quantities). */
const KEPT_WORDS = new Set(["first", "second", "third", "fourth", "fifth", "both", "single", "twice", "double", "triple", "dozens", "hundreds", "thousands", "half"]);

/** Text that holds a number: `numbersOf` finds at least one in it, and none in any other text. */
export function mayHoldNumberText(s: string): boolean {
  return hasDigit(s) || NUMBER_WORD_RE.test(s);
}

/** What a number word can look like: its length and first letter (most words are neither, and skip the lookup). */
let shortest = Infinity, longest = 0, initials = 0;
for (const w of NUMBER_WORD_VALUES.keys()) {
  shortest = Math.min(shortest, w.length); longest = Math.max(longest, w.length);
  initials |= /^[a-z]/.test(w) ? 1 << (w.charCodeAt(0) - 97) : -1;
}
/** The value of the ASCII letter word t[i, end), undefined when it is not a number word. */
function numberWordValue(t: string, i: number, end: number): number | undefined {
  if (end - i < shortest || end - i > longest || (initials & (1 << ((t.charCodeAt(i) | 32) - 97))) === 0) return undefined;
  return NUMBER_WORD_VALUES.get(t.slice(i, end).toLowerCase());
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** \w without the u flag. */
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 95;

/** End of the ASCII letter run at i, when it is a whole word (`\b[A-Za-z]+\b`); -(its end) when not. */
function letterWordEnd(t: string, i: number): number {
  const n = t.length;
  let j = i + 1;
  while (j < n && isAsciiLetter(t.charCodeAt(j))) j++;
  const whole = (i === 0 || !isWordChar(t.charCodeAt(i - 1))) && (j === n || !isWordChar(t.charCodeAt(j)));
  return whole ? j : -j;
}

/** Same as `t.replace(/\b[A-Za-z]+\b/g, w => its value when it is a whole number of at least 1 and not a kept word)`. */
function numberWordsToDigits(t: string): string {
  let out = "", last = 0;
  const n = t.length;
  for (let i = 0; i < n;) {
    if (!isAsciiLetter(t.charCodeAt(i))) { i++; continue; }
    const end = letterWordEnd(t, i);
    if (end < 0) { i = -end; continue; }
    const v = numberWordValue(t, i, end);
    if (v !== undefined && v >= 1 && Number.isInteger(v) && !KEPT_WORDS.has(t.slice(i, end).toLowerCase())) {
      out += t.slice(last, i) + String(v);
      last = end;
    }
    i = end;
  }
  return last === 0 ? t : out + t.slice(last);
}

/** What the percent step needs to run, and what the multiplier step replaces (readsAsFormatted asks both too). */
const PER_RE = /per\s*cent|pct/i;
const MULTIPLIER_RE = /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|trn|m|k)\b/i;
const MULTIPLIER_ALL_RE = new RegExp(MULTIPLIER_RE.source, "gi");

/**
 * Number formats folded: per cent and pct to %, thousands separators dropped, multipliers and number
 * words to digits. Each step runs only where a cheap scan finds what its expression needs (most edit
 * texts hold no "per", no "%", no "," and no figure before a multiplier), so the answer is the one
 * the expressions give (a property test holds it to them).
 */
export function numberformat(s: string): string {
  const digit = hasDigit(s), per = hasPerOrPct(s) && PER_RE.test(s);
  if (!digit && !per && !NUMBER_WORD_RE.test(s)) return s;
  let t = s;
  if (per) t = t.replace(/\s*(?:per\s*cent|percent|pct)\b/gi, "%");
  if (t.includes("%")) t = t.replace(/\s+%/g, "%");
  // the steps before add no digit
  if (digit && t.includes(",")) while (/(\d),(\d{3})(?!\d)/.test(t)) t = t.replace(/(\d),(\d{3})(?!\d)/g, "$1$2");
  if (digit && mayHoldMultiplier(t)) {
    // a figure too long for a double stays as written (not "Infinity": a text with a digit keeps one)
    t = t.replace(MULTIPLIER_ALL_RE, (m: string, n: string, mult: string) => {
      const v = Number(n) * (MULTIPLIERS[mult.toLowerCase()] ?? 1);
      return Number.isFinite(v) ? String(Math.round(v)) : m;
    });
  }
  if (NUMBER_WORD_RE.test(t)) t = numberWordsToDigits(t);
  return t;
}

/** s holds "per" or "pct" in any case (ASCII only: under the i flag without u no other char folds to these). */
function hasPerOrPct(s: string): boolean {
  for (let i = 0, n = s.length; ; i++) {
    // the first p or P from i on
    while (i < n && (s.charCodeAt(i) | 32) !== 112) i++;
    if (i + 2 >= n) return false;
    const d = s.charCodeAt(i + 1) | 32, e = s.charCodeAt(i + 2) | 32;
    if ((d === 101 && e === 114) || (d === 99 && e === 116)) return true;
  }
}

/** A figure stands before a multiplier's first letter (t, m, b or k, any case), white space between: what the multiplier step needs. */
function mayHoldMultiplier(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 46)) j++;
    while (j < n && isWhiteSpace(s.charCodeAt(j))) j++;
    if (j < n) {
      const c = s.charCodeAt(j) | 32;
      if (c === 116 || c === 109 || c === 98 || c === 107) return true;
    }
    i = j - 1; // the loop goes on at j, which may start the next figure ("5 6m")
  }
  return false;
}

/**
 * `s` itself when its numbers read the same in it as in its normal form, which most edit texts
 * allow; null when the normal form must be built. The normal form differs from s only where a
 * step below finds something: "per cent" or "pct" and "%" (the percent steps), a figure before a
 * multiplier word, a comma between digits, and number words, which become their values' digits.
 * Those digits are read as the word's value, as the word is, unless they would run into a
 * neighbouring figure: a word with a period and a digit after it ("one.5") or a digit and a period
 * before it ("5.one") is written "1.5" or "5.1" in the normal form and read as one number.
 */
function readsAsFormatted(s: string): string | null {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 37) return null;
    if (c === 44 && i > 0 && isDigit(s.charCodeAt(i - 1)) && i + 1 < n && isDigit(s.charCodeAt(i + 1))) return null;
    if (c === 46 && i > 0 && i + 1 < n) {
      const before = s.charCodeAt(i - 1), after = s.charCodeAt(i + 1);
      const digitBefore = isDigit(before), digitAfter = isDigit(after);
      // (a figure with a decimal point reads the same in both; a word on either side may not)
      if ((digitBefore && isAsciiLetter(after)) || (isAsciiLetter(before) && digitAfter)) return null;
      if (isAsciiLetter(before) && isAsciiLetter(after) && numberWordAround(s, i - 1) && numberWordAround(s, i + 1)) return null;
    }
  }
  // the percent and multiplier steps change the text only where their expressions match ("expert"
  // holds "per", "5 to" a figure before a t): the scans are cheap tests that let most texts skip them
  return (hasPerOrPct(s) && PER_RE.test(s)) || (mayHoldMultiplier(s) && MULTIPLIER_RE.test(s)) ? null : s;
}

/** The ASCII letter run holding s[i] is a number word (whole or not: a wider test than the steps', which is safe here). */
function numberWordAround(s: string, i: number): boolean {
  let from = i, to = i + 1;
  while (from > 0 && isAsciiLetter(s.charCodeAt(from - 1))) from--;
  while (to < s.length && isAsciiLetter(s.charCodeAt(to))) to++;
  return numberWordValue(s, from, to) !== undefined;
}

/**
 * Numbers of a text as values (digits, multipliers and number words), sorted, for multiset
 * comparison: the matches of `/\d+(?:\.\d+)?%?|\b[A-Za-z]+\b/g` in the normal form, digits as they
 * stand and number words as their values.
 */
export function numbersOf(s: string): string[] {
  const direct = readsAsFormatted(s);
  if (direct === null && !mayHoldNumberText(s)) return [];
  const t = direct ?? numberformat(s);
  const out: string[] = [];
  const n = t.length;
  for (let i = 0; i < n;) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(t.charCodeAt(j))) j++;
      if (j + 1 < n && t.charCodeAt(j) === 46 && isDigit(t.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(t.charCodeAt(j))) j++;
      }
      if (j < n && t.charCodeAt(j) === 37) j++;
      out.push(t.slice(i, j));
      i = j;
    } else if (isAsciiLetter(c)) {
      const end = letterWordEnd(t, i);
      if (end < 0) { i = -end; continue; }
      const v = numberWordValue(t, i, end);
      if (v !== undefined) out.push(String(v));
      i = end;
    } else i++;
  }
  return out.sort();
}
