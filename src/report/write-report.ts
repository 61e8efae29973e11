/** @module The report edge: compute provenance (hashes, time, version) and render a comparison in any format. Shared by the CLI and the server's downloads, so both give the same bytes. */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { PROJECT_ROOT } from "../project-root.ts";
import type { Comparison } from "../core/article.ts";
import pkg from "../../package.json" with { type: "json" };
import { renderCsvReport } from "./csv-report.ts";
import { renderHtmlReport } from "./html-report.tsx";
import { renderJsonReport } from "./json-report.ts";
import { renderMarkdownReport } from "./markdown-report.ts";
import type { ReportFormat, ReportInfo } from "./report-info.ts";
import { FORMAT_OF_EXT } from "../corpus/store.ts";
import { join } from "node:path";

const CSS_PATH = PROJECT_ROOT + "public/wirediff.css";
let cssCache: string | null = null;
export async function reportCss(): Promise<string> {
  return (cssCache ??= await readFile(CSS_PATH, "utf8"));
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** SHA-256 of the file an article came from: a path, or `<corpusDir>/<id>.<ext>` for a corpus article. */
export async function inputHash(pathOrCorpus: { path: string } | { dir: string; id: string }): Promise<string> {
  if ("path" in pathOrCorpus) return sha256(await readFile(pathOrCorpus.path));
  for (const ext of Object.keys(FORMAT_OF_EXT)) {
    const p = join(pathOrCorpus.dir, pathOrCorpus.id + ext);
    if (existsSync(p)) return sha256(await readFile(p));
  }
  return "unknown (row of an export file)";
}

export function reportInfo(inputs: { id: string; sha256: string }[], now = new Date()): ReportInfo {
  return { generatedAt: now.toISOString(), tool: "wirediff", version: pkg.version, inputs };
}

export async function renderReport(c: Comparison, format: ReportFormat, info: ReportInfo): Promise<string> {
  switch (format) {
    case "html": return renderHtmlReport(c, info, await reportCss());
    case "md": return renderMarkdownReport(c, info);
    case "json": return renderJsonReport(c, info);
    case "csv": return renderCsvReport(c, info);
    default: {
      const never: never = format;
      throw new Error(`unknown report format ${String(never)}`);
    }
  }
}

