/** @module The JSON report: the compare object of DESIGN.md with a top-level `report` field. */
import type { Comparison } from "../core/article.ts";
import { comparisonToJson } from "../core/diff/comparison-json.ts";
import type { ReportInfo } from "./report-info.ts";

export function renderJsonReport(c: Comparison, info: ReportInfo): string {
  return JSON.stringify({ report: info, ...comparisonToJson(c) }, null, 2) + "\n";
}
