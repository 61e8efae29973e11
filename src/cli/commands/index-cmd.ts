/** @module `wirediff index --corpus DIR [--json]`: build or bring up to date the corpus folder's persistent index. */
import { stat } from "node:fs/promises";
import type { CAC } from "cac";
import { openCorpusIndex, indexPath } from "../../corpus/index/open-index.ts";
import { updateIndex } from "../../corpus/index/update-index.ts";
import { progressBar } from "../../corpus/story-index.ts";
import { CliError } from "../errors.ts";

export function registerIndex(cli: CAC): void {
  cli
    .command("index", "Build or update the index in <corpus>/.wirediff/: reads only the files that changed")
    .option("--corpus <dir>", "Corpus folder", { default: "corpus" })
    .option("--json", "Print JSON: added, changed, removed, unchanged (files), articles, ms, index (its path)")
    .example("wirediff index --corpus corpus")
    .action(async (opts: { corpus: string; json?: boolean }) => {
      const isDir = await stat(opts.corpus).then((s) => s.isDirectory(), () => false);
      if (!isDir) throw new CliError(`no such corpus folder: ${opts.corpus} (an index is kept beside a folder's files)`);
      const db = await openCorpusIndex(opts.corpus);
      try {
        const r = await updateIndex(db, opts.corpus, { onProgress: opts.json ? undefined : progressBar("indexing") });
        if (opts.json) {
          process.stdout.write(JSON.stringify({ ...r, index: indexPath(opts.corpus) }, null, 2) + "\n");
          return;
        }
        process.stdout.write(`${r.added} added, ${r.changed} changed, ${r.removed} removed, ${r.unchanged} unchanged `
          + `files; ${r.articles} articles indexed in ${(r.ms / 1000).toFixed(1)} s (${indexPath(opts.corpus)})\n`);
      } finally {
        await db.close();
      }
    });
}
