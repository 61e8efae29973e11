/** @module Read the one article a CLI argument names: a file path, or `FILE.jsonl#id` for a row of a JSON Lines file. */
import { existsSync } from "node:fs";
import type { Article } from "../core/article.ts";
import { readArticleFile } from "../corpus/store.ts";
import { CliError } from "./errors.ts";

/**
 * Read one article from a file. A file holding several (JSON Lines) takes `FILE#id` to pick one;
 * without it the first row is used.
 */
export async function readOneArticle(spec: string): Promise<Article> {
  let file = spec, id: string | null = null;
  const hash = spec.lastIndexOf("#");
  if (!existsSync(spec) && hash > 0) { file = spec.slice(0, hash); id = spec.slice(hash + 1); }
  if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
  const articles = await readArticleFile(file);
  if (articles.length === 0) throw new CliError(`${file} holds no article`);
  if (id === null) return articles[0]!;
  const hit = articles.find((a) => a.id === id);
  if (!hit) throw new CliError(`${file} has no article with id "${id}"`);
  return hit;
}
