/** @module What a report records about how it was made, so a citation can be checked. */
export interface ReportInfo {
  /** ISO 8601 time the report was generated. */
  generatedAt: string;
  tool: "wirediff";
  version: string;
  /** Each input article with the SHA-256 of its input file's bytes. */
  inputs: { id: string; sha256: string }[];
}

export type ReportFormat = "html" | "md" | "json" | "csv";
export const REPORT_FORMATS: readonly ReportFormat[] = ["html", "md", "json", "csv"];
export const CONTENT_TYPE: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};
export const EXTENSION: Record<ReportFormat, string> = { html: ".html", md: ".md", json: ".json", csv: ".csv" };

export function isReportFormat(f: string): f is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(f);
}
