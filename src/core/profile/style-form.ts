/**
 * @module The form of a house-style edit, so that one habit applied to many stories counts once.
 * Spelling, compounds, case and number formats are their own form ("organise → organize"); quote
 * marks, dashes, punctuation and spacing are the characters that changed ("' → ’", not the word
 * around them); a dateline or credit names another place in each story, so its form is its shape:
 * capitalised words become PLACE or Place, agency names stay ("Washington (AFP) - → PLACE:").
 */
import type { StyleTag } from "../article.ts";

const AGENCY = /^(AFP|AP|AAP|PA|Reuters|REUTERS|ANI|PTI|UPI|dpa|DPA|EFE|ANSA|Xinhua|IANS)$/;
const MAX = 40;

/** Trimmed, shortened, with white space that would vanish made visible (¶ a paragraph break, ␣ a space). */
function show(s: string): string {
  const t = s.trim();
  if (t === "") return s === "" ? "∅" : s.replace(/\n/g, "¶").replace(/ /g, "␣");
  const one = t.replace(/\s*\n\n\s*/g, " ¶ ");
  return one.length > MAX ? one.slice(0, MAX - 3) + "…" : one;
}

function shape(s: string): string {
  return s
    .replace(/\p{L}[\p{L}'’.-]*/gu, (w) =>
      AGENCY.test(w) ? w : w === w.toUpperCase() && w.length > 1 ? "PLACE" : /^\p{Lu}/u.test(w) ? "Place" : w,
    )
    .replace(/(PLACE|Place)(,? (PLACE|Place))+/g, "$1");
}

/** The two texts less the characters they share at both ends. */
function changedPart(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return [a.slice(i, a.length - j), b.slice(i, b.length - j)];
}

/**
 * The forms of one edit: usually one; a spelling edit that spans several words with the
 * same word count on both sides gives one form per changed word ("program to modernize → programme
 * to modernise" is two habits, not one).
 */
export function styleForms(tag: StyleTag, a: string, b: string): string[] {
  if (tag === "spelling") {
    const x = a.trim().split(/\s+/),
      y = b.trim().split(/\s+/);
    if (x.length > 1 && x.length === y.length)
      return x.flatMap((w, k) => (w === y[k] ? [] : [styleForm(tag, w, y[k]!)]));
  }
  return [styleForm(tag, a, b)];
}

function styleForm(tag: StyleTag, a: string, b: string): string {
  switch (tag) {
    case "dateline":
    case "credit":
      return `${show(shape(a))} → ${show(shape(b))}`;
    case "quotemarks":
    case "dash":
    case "punctuation":
    case "spacing": {
      const [x, y] = changedPart(a, b);
      return `${show(x)} → ${show(y)}`;
    }
    case "spelling":
    case "compound":
    case "case":
    case "numberformat":
      return `${show(a)} → ${show(b)}`;
  }
}
