/**
 * @module `wirediff import-archive FILE [--out FILE.jsonl]`: a diffengine or NewsEdits SQLite archive as a JSON
 * Lines corpus.
 */
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { link, unlink } from "node:fs/promises";
import { basename, extname } from "node:path";
import { finished } from "node:stream/promises";
import type { CAC } from "cac";
import { importArchive } from "../../corpus/import-archive.ts";
import { CliError } from "../errors.ts";

export function registerImportArchive(cli: CAC): void {
  cli
    .command(
      "import-archive <file>",
      "Turn a diffengine or NewsEdits SQLite archive into JSON Lines articles (each version one article)",
    )
    .option(
      "--out <file>",
      "Write FILE.jsonl (refused if it exists; put it in a corpus folder) instead of standard output",
    )
    .option("--prefix <text>", "Prefix of every article id (default: the archive's file name)")
    .option("--outlet <name>", "Outlet of every version (default: the feed's name, or NewsEdits' source column)")
    .example("wirediff import-archive diffengine.db --out corpus/diffengine.jsonl && wirediff serve")
    .action(async (file: string, opts: { out?: string; prefix?: string; outlet?: string }) => {
      if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
      const prefix = opts.prefix ?? basename(file, extname(file));
      if (!opts.out) {
        const r = await importArchive(file, process.stdout, { prefix, outlet: opts.outlet });
        process.stderr.write(`${r.written} versions written${r.empty ? `, ${r.empty} without text skipped` : ""}\n`);
        return;
      }
      if (existsSync(opts.out))
        throw new CliError(`${opts.out} exists: choose another name (nothing is overwritten)`);
      // written beside the target, then linked into place: a failed import leaves nothing behind
      const tmp = `${opts.out}.${process.pid}.tmp`;
      const out = createWriteStream(tmp, { flags: "wx" });
      await once(out, "open");
      try {
        const r = await importArchive(file, out, { prefix, outlet: opts.outlet });
        out.end();
        await finished(out);
        await link(tmp, opts.out);
        process.stderr.write(
          `${r.written} versions written to ${opts.out}${r.empty ? `, ${r.empty} without text skipped` : ""}\n`,
        );
      } finally {
        out.destroy();
        await unlink(tmp).catch(() => {});
      }
    });
}
