/** The app over a temporary copy of a JSON Lines fixture whose rows a test may change first. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";

type Row = Record<string, string>;

export async function appOverExport(
  fixture: string,
  edit: (rows: Row[]) => void,
): Promise<{ app: Hono; file: string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "wd-export-"));
  const rows = readFileSync(fixture, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Row);
  edit(rows);
  const file = join(dir, "corpus.jsonl");
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const { app, state } = await createApp({ corpusDir: file, watch: false });
  return {
    app,
    file,
    close: () => {
      state.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
