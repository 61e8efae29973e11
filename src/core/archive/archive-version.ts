/**
 * @module One archived version (a row of diffengine's or NewsEdits' entryversion table) as a JSON
 * Lines article: its id sorts the versions of one entry in time order (a version number, or the
 * creation time to the second), the date is the creation date, the text its summary's paragraphs.
 */
import { summaryToText } from "./summary-text.ts";

export interface ArchiveVersion {
  entry: string | number;
  /** NewsEdits' version number; absent in diffengine. */
  version: number | null;
  /** The row's id in its table, the last resort for ordering. */
  rowid: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** "YYYY-MM-DD HH:MM:SS[.ffffff]" as peewee and pandas write it, or ISO 8601. */
  created: string | null;
  summary: string | null;
}

export interface ArchiveArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  date: string | null;
  text: string;
}

const safe = (s: string) =>
  s
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 40);

export function archiveVersionToRow(v: ArchiveVersion, prefix: string): ArchiveArticleRow | null {
  const text = summaryToText(v.summary ?? "");
  if (text === "") return null;
  const stamp = v.created?.match(/^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)/);
  const order =
    v.version != null
      ? `v${v.version}`
      : stamp
        ? `${stamp.slice(1, 4).join("")}T${stamp.slice(4, 7).join("")}`
        : `r${v.rowid}`;
  return {
    id: [safe(prefix) || "archive", `e${safe(String(v.entry))}`, order].join("-"),
    title: v.title?.trim() || null,
    outlet: v.outlet?.trim() || null,
    url: v.url?.trim() || null,
    date: v.created?.match(/^\d{4}-\d\d-\d\d/)?.[0] ?? null,
    text,
  };
}
