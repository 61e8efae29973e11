/**
 * Server: the compare page for the seed pair, warm (median of in-process app.request after one
 * cold request fills the cache), against the JSON API for the same pair; and the weight of a
 * 2,000-word pair's page with its script and stylesheet. Targets (issue 5): < 50 ms warm, < 200 KB.
 * Also the home page over a 5,000-article export: the first request (word counts and stories) and a
 * warm one (filter, sort and one page of 500 rows).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/server/app.tsx";
import { buildClient } from "../scripts/build-client.ts";
import { mulberry32, seedParagraphs, synthPair } from "./lib/synth.ts";

async function median(f: () => Promise<unknown>, runs: number): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export default async function run(): Promise<void> {
  await buildClient();
  const dir = mkdtempSync(join(tmpdir(), "wd-bench-"));
  cpSync("corpus", dir, { recursive: true });
  const { a, b } = synthPair({ words: 2000, editRate: 0.1 });
  writeFileSync(join(dir, "big-a.txt"), a.paragraphs.map((p) => p.text).join("\n\n"));
  writeFileSync(join(dir, "big-b.txt"), b.paragraphs.map((p) => p.text).join("\n\n"));
  const { app, state } = await createApp({ corpusDir: dir, watch: false });
  const seedPage = "/compare?a=000_7a2837495db10dad&b=001_bd0859deabb9f25c";
  const t0 = performance.now(); await (await app.request(seedPage)).text(); const cold = performance.now() - t0;
  const page = await median(async () => (await app.request(seedPage)).text(), 50);
  const api = await median(async () => (await app.request("/api/compare?a=000_7a2837495db10dad&b=001_bd0859deabb9f25c")).text(), 50);
  const bigHtml = await (await app.request("/compare?a=big-a&b=big-b")).text();
  const js = await (await app.request("/static/client.js")).text();
  const css = await (await app.request("/static/wirediff.css")).text();
  const kb = (s: string) => Buffer.byteLength(s) / 1024;
  console.table({
    "seed compare page, cold (ms)": { value: cold.toFixed(1), target: "" },
    "seed compare page, warm median (ms)": { value: page.toFixed(2), target: "< 50" },
    "seed /api/compare JSON, warm median (ms)": { value: api.toFixed(2), target: "(peer: same data as JSON)" },
    "2,000-word pair page: HTML (KB)": { value: kb(bigHtml).toFixed(1), target: "" },
    "  + client.js + wirediff.css (KB)": { value: (kb(bigHtml) + kb(js) + kb(css)).toFixed(1), target: "< 200" },
  });
  state.close();

  // a 5,000-article export: each article five seed paragraphs picked at random (fixed seed)
  const rnd = mulberry32(7), paras = seedParagraphs();
  const rows = Array.from({ length: 5000 }, (_, k) => JSON.stringify({ id: `a${k}`, title: `Article ${k}`, text: Array.from({ length: 5 }, () => paras[Math.floor(rnd() * paras.length)]).join("\n\n") }));
  const exportFile = join(dir, "export.jsonl");
  writeFileSync(exportFile, rows.join("\n"));
  const big = await createApp({ corpusDir: exportFile, watch: false });
  const h0 = performance.now(); const homeHtml = await (await big.app.request("/")).text(); const homeCold = performance.now() - h0;
  const homeWarm = await median(async () => (await big.app.request("/?sort=words&dir=desc&page=3")).text(), 20);
  console.table({
    "home, 5,000 articles, first request (ms)": { value: homeCold.toFixed(0), target: "" },
    "home, 5,000 articles, warm median (ms)": { value: homeWarm.toFixed(2), target: "" },
    "home, 5,000 articles, page HTML (KB)": { value: kb(homeHtml).toFixed(0), target: "" },
  });
  big.state.close();
  rmSync(dir, { recursive: true, force: true });
}
