/** @module index.html of a batch of reports: every pair with its summary figures and a link. */
import { html, raw } from "hono/html";
import type { Article, Stats } from "../core/article.ts";
import type { ReportInfo } from "./report-info.ts";
import { reportCss } from "./write-report.ts";

export interface BatchEntry { file: string | null; a: Article | null; b: Article | null; stats: Stats | null; error?: string }

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function renderBatchIndex(entries: BatchEntry[], info: ReportInfo): Promise<string> {
  const body = (
    <body><main class="wd-page">
      <h1>wirediff reports ({entries.filter((e) => e.file).length})</h1>
      <p class="wd-where">Generated {info.generatedAt} by wirediff {info.version}.</p>
      <table class="wd-table">
        <tr><th>#</th><th>A</th><th>B</th><th>verbatim</th><th>style only</th><th>reworded</th><th>cut</th><th>new in B</th><th>substantive edits</th><th>altered quotes</th><th>changed numbers</th></tr>
        {entries.map((e, k) => e.file && e.stats ? (
          <tr><td><a href={e.file}>{k + 1}</a></td><td>{e.a!.title ?? e.a!.id}</td><td>{e.b!.title ?? e.b!.id}</td>
            <td>{pct(e.stats.verbatim)}</td><td>{pct(e.stats.styleOnly)}</td><td>{pct(e.stats.reworded)}</td><td>{pct(e.stats.cut)}</td><td>{pct(e.stats.newInB)}</td>
            <td>{e.stats.substantiveEdits}</td><td>{e.stats.alteredQuotes}</td><td>{e.stats.changedNumbers}</td></tr>
        ) : <tr><td>{k + 1}</td><td colspan={10}>{e.error}</td></tr>)}
      </table>
    </main></body>
  );
  return (await html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>wirediff reports</title><style>${raw(await reportCss())}</style></head>${body}</html>`).toString();
}
