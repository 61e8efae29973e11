/**
 * @module Serialise figure rows one line at a time (CSV with a header, or JSON Lines), so a stream
 * of rows becomes a stream of text without ever holding the table.
 */
import { stringify } from "csv-stringify/sync";
import { neutralizeCsvCell } from "../csv-table.ts";
import type { FigureColumn } from "./columns.ts";
import type { Cell, FigureRow } from "./figure-rows.ts";

export type FigureFormat = "csv" | "jsonl";
export const FIGURE_FORMATS: readonly FigureFormat[] = ["csv", "jsonl"];
export const FIGURE_CONTENT_TYPE: Record<FigureFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
};

export function isFigureFormat(f: string): f is FigureFormat {
  return (FIGURE_FORMATS as readonly string[]).includes(f);
}

function csvCell(v: Cell): string | number {
  if (v == null) return "";
  if (Array.isArray(v)) return neutralizeCsvCell(v.join(";"));
  return neutralizeCsvCell(v);
}

/** The header line (CSV only), then one line per row, the columns in their documented order. */
export function* figureLines(
  rows: Iterable<FigureRow>,
  columns: readonly FigureColumn[],
  format: FigureFormat,
): Generator<string> {
  const names = columns.map((c) => c.name);
  if (format === "csv") yield stringify([names]);
  for (const row of rows) {
    if (format === "csv") yield stringify([names.map((n) => csvCell(row[n] ?? null))]);
    else yield JSON.stringify(Object.fromEntries(names.map((n) => [n, row[n] ?? null]))) + "\n";
  }
}
