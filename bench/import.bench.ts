/**
 * Imports: the time of one POST /api/articles as the corpus grows (the 1st import into the bundled
 * corpus against the 1,000th), and of a tiny import into a large corpus folder (WIREDIFF_BENCH_MB of
 * .txt files, default 44), each followed by a GET that waits on whatever the import left running
 * (a watcher's reload). The server runs as `serve` runs it: real folder, watcher on. Issue 22, item 23.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/server/app.tsx";
import { buildStoryCorpus } from "./lib/story-corpus.ts";

const SEED = "000_7a2837495db10dad";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type App = Awaited<ReturnType<typeof createApp>>["app"];

async function timeImport(app: App, text: string): Promise<number> {
  const t = performance.now();
  const init = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) };
  const r = await app.request("/api/articles", init);
  await r.text();
  if (r.status !== 201) throw new Error(`import answered ${r.status}`);
  return performance.now() - t;
}

async function timeGet(app: App): Promise<number> {
  const t = performance.now();
  await (await app.request(`/api/articles/${SEED}`)).text();
  return performance.now() - t;
}

const storyText = (n: number) => [`Storm number ${n} reaches the coast`,
  `Winds of ${n} km/h were measured at the harbour on Monday, officials said.`, `Schools in district ${n} stay closed.`].join("\n\n");

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "wd-bench-import-"));
  cpSync("corpus", join(dir, "small"), { recursive: true });
  const small = await createApp({ corpusDir: join(dir, "small") });
  const times: number[] = [];
  for (let n = 1; n <= 1000; n++) times.push(await timeImport(small.app, storyText(n)));
  await sleep(400);
  const getAfter = await timeGet(small.app);
  small.state.close();

  const mb = Number(process.env.WIREDIFF_BENCH_MB ?? 44);
  const big = join(dir, "big");
  cpSync("corpus", big, { recursive: true });
  let bytes = 0;
  const articles = buildStoryCorpus(Math.ceil((mb * 1048576) / 3200)).articles;
  for (const a of articles) {
    if (bytes >= mb * 1048576) break;
    const text = a.paragraphs.map((p) => p.text).join("\n\n");
    writeFileSync(join(big, `${a.id}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  let t = performance.now();
  const large = await createApp({ corpusDir: big });
  const start = performance.now() - t;
  const count = large.state.corpus.articles.length;
  const tiny: number[] = [], gets: number[] = [];
  for (let n = 1; n <= 5; n++) {
    tiny.push(await timeImport(large.app, `Tiny item ${n}\n\nOne short line of news number ${n}.`));
    await sleep(400);
    gets.push(await timeGet(large.app));
  }
  t = performance.now();
  await (await large.app.request("/")).text();
  const home = performance.now() - t;
  large.state.close();
  rmSync(dir, { recursive: true, force: true });

  const ms = (x: number) => x.toFixed(1);
  console.table({
    "import 1 into the bundled corpus (ms)": { value: ms(times[0]!) },
    "imports 1-10, median (ms)": { value: ms(median(times.slice(0, 10))) },
    "imports 991-1000, median (ms)": { value: ms(median(times.slice(990))) },
    "import 1000 (ms)": { value: ms(times[999]!) },
    "GET 400 ms after import 1000 (ms)": { value: ms(getAfter) },
  });
  console.table({
    [`large corpus: ${count} articles, ${(bytes / 1048576).toFixed(1)} MB, start (ms)`]: { value: ms(start) },
    "tiny import, median of 5 (ms)": { value: ms(median(tiny)), each: tiny.map(ms).join(" ") },
    "GET 400 ms after each import, median (ms)": { value: ms(median(gets)), each: gets.map(ms).join(" ") },
    "home page after the imports (ms)": { value: ms(home) },
  });
}
