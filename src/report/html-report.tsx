/** @module The HTML report: one self-contained file (inline CSS, no script, no request to another host), rendered with the same views as the compare page. */
import { html, raw } from "hono/html";
import type { Comparison } from "../core/article.ts";
import { ComparisonRows } from "../views/comparison-rows.tsx";
import { ComparisonHeader, QuotesPanel } from "../views/summary.tsx";
import type { ReportInfo } from "./report-info.ts";

/** `css` is the text of public/wirediff.css, read by the caller (the core stays free of I/O). */
export async function renderHtmlReport(c: Comparison, info: ReportInfo, css: string): Promise<string> {
  const title = `wirediff: ${c.a.title ?? c.a.id} → ${c.b.title ?? c.b.id}`;
  const body = (
    <body>
      <main class="wd-page">
        <h1>{title}</h1>
        <ComparisonHeader comparison={c} />
        <section class="wd-provenance">
          <h2>Provenance</h2>
          <table class="wd-table">
            <tr><th>input</th><th>SHA-256</th></tr>
            {info.inputs.map((i) => <tr><td><code>{i.id}</code></td><td><code>{i.sha256}</code></td></tr>)}
          </table>
          <p class="wd-where">Generated {info.generatedAt} by {info.tool} {info.version}. Marks: <del class="wd-subst">cut</del> <ins class="wd-subst">added</ins> are changes of substance; <del class="wd-style">dotted</del> <ins class="wd-style">marks</ins> are house-style edits.</p>
        </section>
        <QuotesPanel quotes={c.quotes} />
        <div class="wd-only-landscape"><ComparisonRows comparison={c} view="side" /></div>
        <div class="wd-only-portrait"><ComparisonRows comparison={c} view="inline" anchorPrefix="p-" /></div>
      </main>
    </body>
  );
  // The stylesheet is our own file, never article text: it is the only raw() input.
  const doc = html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="${info.tool} ${info.version}"><title>${title}</title><style>${raw(css.replace(/<\/style/gi, "<\\/style"))}</style></head>${body}</html>`;
  return (await doc).toString();
}
