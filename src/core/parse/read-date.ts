/** @module readDate: the calendar date a metadata value writes, as YYYY-MM-DD, kept as written (no time-zone shift). */

export interface DateRead {
  /** YYYY-MM-DD, the day the value names where it was written; null when absent or not a date. */
  date: string | null;
  /** Why a value that was given is not used ("2024-13-45" is no calendar date). */
  problem?: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?=$|[Tt\s])/;
/** A trailing UTC offset (+05:00, -0500) or a UTC name, as Date.parse reads them. */
const ZONE = /(?:([+-])(\d{2}):?(\d{2})|\b(?:Z|GMT|UTC|UT))\s*$/i;

/** YYYY-MM-DD names a day of the proleptic Gregorian calendar (no 2024-13-45, no 2023-02-29). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The date of a front-matter, Readability, JSON Lines, sidecar or form value. An ISO date (with or
 * without a time and zone: 2024-05-02T23:30:00-05:00) keeps the day it writes; another form Date.parse
 * reads ("Thu, 02 May 2024 23:30:00 -0500", "May 2, 2024") keeps the day in the zone it names, or the
 * day as written when it names none.
 */
export function readDate(value: unknown): DateRead {
  if (value == null || value === "") return { date: null };
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return { date: null, problem: "an invalid date" };
    return { date: value.toISOString().slice(0, 10) };
  }
  const s = String(value).trim();
  const iso = ISO_DAY.exec(s);
  if (iso) {
    const ok = isCalendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return ok ? { date: iso[0] } : { date: null, problem: `"${s}" is not a calendar date` };
  }
  const t = Date.parse(s);
  if (isNaN(t)) return { date: null, problem: `"${s}" is not a date` };
  const zone = ZONE.exec(s);
  if (zone) {
    const offset = zone[1] ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
    const d = new Date(t + offset * 60_000);
    return { date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` };
  }
  // no zone: Date.parse read the value as local time, so the local fields give back the day written
  const d = new Date(t);
  return { date: `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` };
}
