/**
 * Timeline: the page of one article with 20 revisions (21 versions) of about 1,500 words (each revision edits 2% of
 * the words of the one before, and every fourth adds a paragraph or cuts one), served from a JSON Lines
 * corpus: the first request (20 comparisons) and warm requests (median of 20). Target (issue 25):
 * < 300 ms warm.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/server/app.tsx";
import { mulberry32, seedParagraphs } from "./lib/synth.ts";

export default async function run(): Promise<void> {
  const rnd = mulberry32(7);
  const seeds = seedParagraphs(),
    vocab = seeds.join(" ").split(" ");
  let paras: string[] = [];
  for (let n = 0, k = 0; n < 1500; k++) {
    const t = seeds[k % seeds.length]!;
    paras.push(t);
    n += t.split(" ").length;
  }
  const rows: object[] = [];
  for (let v = 0; v <= 20; v++) {
    if (v > 0) {
      paras = paras.map((p) =>
        p
          .split(" ")
          .map((w) => (rnd() < 0.02 ? vocab[Math.floor(rnd() * vocab.length)]! : w))
          .join(" "),
      );
      if (v % 4 === 0)
        paras.splice(
          Math.floor(rnd() * paras.length),
          0,
          seeds[Math.floor(rnd() * seeds.length)]! + ` (update ${v})`,
        );
      if (v % 4 === 2) paras.splice(Math.floor(rnd() * paras.length), 1);
    }
    rows.push({
      id: `rev-${v + 1}`,
      outlet: "Gazette",
      url: "https://gazette.example/a",
      date: "2024-01-01",
      text: paras.join("\n\n"),
    });
  }
  const dir = mkdtempSync(join(tmpdir(), "wd-bench-timeline-"));
  writeFileSync(join(dir, "revisions.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const { app, state } = await createApp({ corpusDir: join(dir, "revisions.jsonl"), watch: false });
  const get = async () => {
    const r = await app.request("/timeline/rev-1");
    if (r.status !== 200) throw new Error(`status ${r.status}`);
    return (await r.text()).length;
  };
  let t = performance.now();
  const bytes = await get();
  const cold = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await get();
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  console.table({
    "timeline page, 20 revisions of ~1,500 words": {
      "first request": `${cold.toFixed(0)} ms`,
      "warm (median of 20)": `${warm[10]!.toFixed(1)} ms`,
      page: `${(bytes / 1024).toFixed(0)} KB`,
      target: "< 300 ms warm",
    },
  });
  state.close();
  rmSync(dir, { recursive: true, force: true });
}
