/** @module Metadata found in the text itself: the `date` prefix, datelines with their agency, bylines. */
import { AGENCIES, AGENCY_PATTERN } from "./defaults.ts";

const DATE_PREFIX = /^\s*date (\d{4}-\d{2}-\d{2})(?:\s+|$)/;

/** `date YYYY-MM-DD` at the start of a scraped block: the date and the rest of the block. */
export function splitDatePrefix(block: string): { date: string; rest: string } | null {
  const m = DATE_PREFIX.exec(block);
  return m ? { date: m[1]!, rest: block.slice(m[0].length).trim() } : null;
}

export function canonicalAgency(name: string): string | null {
  return AGENCIES[name.trim().toLowerCase()] ?? null;
}

export interface Dateline {
  /** The place as written, without agency or punctuation. */
  place: string;
  agency: string | null;
  /** Length of the dateline prefix in the block (the whole block when it stands alone). */
  length: number;
}

// A place: capitalised words, optionally ", Region" ("SUEZ, Egypt"); at most five words each part.
const PLACE = "([A-Z][A-Za-z'’.\\-]*(?: [A-Z][A-Za-z'’.\\-]*){0,4}(?:, [A-Z][A-Za-z'’.\\-]*(?: [A-Z][A-Za-z'’.\\-]*){0,3})?)";
const MONTH_DAY = "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?";
/** `Washington (AFP)`, `BAGHDAD, Dec 16 (Reuters) -`, `SUEZ, Egypt (AP) —` */
const WITH_AGENCY = new RegExp(`^${PLACE}${MONTH_DAY}\\s*\\((${AGENCY_PATTERN})\\)\\s*(?:[-—–:]+\\s*|$)`);
/** `WASHINGTON:` or `WASHINGTON —` (the place in capitals, as outlets without the agency write it). */
const CAPS_PLACE = "([A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+){0,3}(?:, [A-Z][A-Za-z'’.\\-]*(?: [A-Z][A-Za-z'’.\\-]*){0,3})?)";
const CAPS_ONLY = new RegExp(`^${CAPS_PLACE}${MONTH_DAY}\\s*(?::|[—–]|\\s-)\\s+(?=\\S)`);

/** A dateline at the start of a block, or the block that is only a dateline. */
export function findDateline(block: string): Dateline | null {
  const head = block.slice(0, 160);
  let m = WITH_AGENCY.exec(head);
  if (m) return { place: m[1]!, agency: canonicalAgency(m[2]!), length: m[0].length };
  m = CAPS_ONLY.exec(head);
  if (m && m[1]!.replace(/[^A-Z]/g, "").length >= 2) {
    // "US:" or "UPDATE:" are not places: require a capitalised word of three or more letters.
    if (!/[A-Z]{3,}/.test(m[1]!) || /^(?:UPDATE|BREAKING|WATCH|EXCLUSIVE|LIVE|READ MORE|PICTURED|VIDEO|PHOTOS?|NEW|OPINION|ANALYSIS|EDITORIAL|COMMENT)$/.test(m[1]!)) return null;
    return { place: m[1]!, agency: null, length: m[0].length };
  }
  return null;
}

export interface Byline {
  name: string;
  agency: string | null;
}

const NAME = "[A-Z][a-zA-Z'’.\\-]+(?: [A-Z][a-zA-Z'’.\\-]+){0,3}";
const BY = new RegExp(`^By:? (${NAME}(?:(?:, | and | & )${NAME}){0,3})(?:,? (?:in|for) [A-Z][A-Za-z ]{1,40})?(?:,? ([A-Z][A-Za-z ]{1,40}))?\\.?$`);
const NAMES_AGENCY = new RegExp(`^(${NAME}(?:(?:, | and | & )${NAME}){0,3}), (${Object.keys(AGENCIES).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\.?$`, "i");

/** `By Jane Doe`, `By Jane Doe, Reuters`, `Jon Gambrell and Samy Magdy, Associated Press`. */
export function findByline(block: string): Byline | null {
  if (block.length > 160) return null;
  let m = BY.exec(block);
  if (m) return { name: m[1]!, agency: m[2] ? canonicalAgency(m[2]) : null };
  m = NAMES_AGENCY.exec(block);
  if (m) return { name: m[1]!, agency: canonicalAgency(m[2]!) };
  return null;
}
