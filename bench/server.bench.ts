/**
 * Server: the compare page for the seed pair, warm (median of in-process app.request after one
 * cold request fills the cache), against the JSON API for the same pair; and the weight of a
 * 2,000-word pair's page with its script and stylesheet. Targets (issue 5): < 50 ms warm, < 200 KB.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/server/app.tsx";
import { buildClient } from "../scripts/build-client.ts";
import { synthPair } from "./lib/synth.ts";

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
  rmSync(dir, { recursive: true, force: true });
}
