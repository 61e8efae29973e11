/** @module `wirediff index --corpus DIR [--json]`: build or bring up to date the corpus folder's persistent index. */
import { stat } from "node:fs/promises";
import type { CAC } from "cac";
import { indexPath, isPostgresUrl, openCorpusIndex } from "../../corpus/index/open-index.ts";
import { updateIndex } from "../../corpus/index/update-index.ts";
import { progressBar } from "../../corpus/story-index.ts";
import { CliError } from "../errors.ts";

export function registerIndex(cli: CAC): void {
  cli
    .command("index", "Build or update the index in <corpus>/.wirediff/: reads only the files that changed")
    .option("--corpus <dir>", "Corpus folder", { default: "corpus" })
    .option("--db <url>", "Keep the index in this PostgreSQL database instead of <corpus>/.wirediff/ "
      + "(env DATABASE_URL)", { default: process.env.DATABASE_URL })
    .option("--json", "Print JSON: added, changed, removed, unchanged (files), articles, ms, index (its path)")
    .example("wirediff index --corpus corpus")
    .action(async (opts: { corpus: string; db?: string; json?: boolean }) => {
      const isDir = await stat(opts.corpus).then((s) => s.isDirectory(), () => false);
      if (!isDir) throw new CliError(`no such corpus folder: ${opts.corpus} (an index is kept beside its files)`);
      if (opts.db && !isPostgresUrl(opts.db)) throw new CliError(`--db takes a postgres:// URL, not "${opts.db}"`, 2);
      const db = await openCorpusIndex(opts.corpus, { db: opts.db || undefined });
      const where = opts.db ? redact(opts.db) : indexPath(opts.corpus);
      try {
        const r = await updateIndex(db, opts.corpus, { onProgress: opts.json ? undefined : progressBar("indexing") });
        if (opts.json) {
          process.stdout.write(JSON.stringify({ ...r, index: where }, null, 2) + "\n");
          return;
        }
        process.stdout.write(`${r.added} added, ${r.changed} changed, ${r.removed} removed, ${r.unchanged} unchanged `
          + `files; ${r.articles} articles indexed in ${(r.ms / 1000).toFixed(1)} s (${where})\n`);
      } finally {
        await db.close();
      }
    });
}

/** A database URL as printed: without its password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "the database";
  }
}
