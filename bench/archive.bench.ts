/**
 * Archive import at scale: a diffengine database of WIREDIFF_BENCH_VERSIONS versions (default
 * 100,000; about 2 KB of text each) is streamed to JSON Lines into a sink that drops the bytes, the
 * heap and RSS sampled every tenth of the rows. Flat memory means neither grows with the rows read.
 * Target (issue 25): a file of gigabytes imports with streaming.
 */
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { importArchive } from "../src/corpus/import-archive.ts";
import { mulberry32, seedParagraphs } from "./lib/synth.ts";

const { Database } = createRequire(import.meta.url)("node-sqlite3-wasm") as typeof import("node-sqlite3-wasm");
const MB = (n: number) => (n / 1048576).toFixed(0);

export default async function run(): Promise<void> {
  const n = Number(process.env.WIREDIFF_BENCH_VERSIONS ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), "wd-bench-archive-"));
  const file = join(dir, "diffengine.db");
  const db = new Database(file);
  db.exec(`CREATE TABLE entry (id INTEGER PRIMARY KEY, url TEXT, created DATETIME, checked DATETIME);
    CREATE TABLE entryversion (id INTEGER PRIMARY KEY, title TEXT, url TEXT, summary TEXT, created DATETIME,
      archive_url TEXT, entry_id INTEGER)`);
  const rnd = mulberry32(3),
    seeds = seedParagraphs();
  const ins = db.prepare("INSERT INTO entryversion (title, url, summary, created, entry_id) VALUES (?, ?, ?, ?, ?)");
  db.exec("BEGIN");
  for (let i = 0; i < n; i++) {
    const entry = Math.floor(i / 5);
    const body = Array.from({ length: 6 }, () => `<p>${seeds[Math.floor(rnd() * seeds.length)]}</p>`).join("");
    ins.run([
      `Story ${entry}`,
      `https://gazette.example/${entry}`,
      body,
      `2024-01-01 ${String(i % 24).padStart(2, "0")}:00:00`,
      entry,
    ]);
  }
  db.exec("COMMIT");
  ins.finalize();
  db.close();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const samples: { rows: number; heap: number; rss: number }[] = [];
  let rows = 0;
  const sink = new Writable({
    write(_c, _e, cb) {
      if (++rows % Math.ceil(n / 10) === 0) {
        gc();
        const m = process.memoryUsage();
        samples.push({ rows, heap: m.heapUsed, rss: m.rss });
      }
      cb();
    },
  });
  gc();
  const m0 = process.memoryUsage();
  samples.push({ rows: 0, heap: m0.heapUsed, rss: m0.rss });
  const t = performance.now();
  const r = await importArchive(file, sink, { prefix: "bench" });
  const secs = (performance.now() - t) / 1000;
  console.log(`${r.written} versions from a ${MB(statSync(file).size)} MB file in ${secs.toFixed(1)} s`);
  console.table(
    samples.map((s) => ({ "rows written": s.rows, "heap after GC (MB)": MB(s.heap), "RSS (MB)": MB(s.rss) })),
  );
  rmSync(dir, { recursive: true, force: true });
}
