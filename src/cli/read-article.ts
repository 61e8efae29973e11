/** @module Read the one article a CLI argument names: a file path, `FILE.jsonl#id` for a row, or an id of --corpus. */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import type { Article } from "../core/article.ts";
import { readArticleFile, type Corpus } from "../corpus/store.ts";
import { CliError } from "./errors.ts";

/**
 * Read one article. A file holding several (JSON Lines) takes `FILE#id` to pick one; without it the
 * first row is used. With a corpus, an article id of it, or a file that is one of its articles, is
 * taken from the loaded corpus, so it carries the corpus evidence (boilerplate recurring across
 * stories) as the server's pages do; any other file is read alone.
 */
export async function readOneArticle(spec: string, corpus: Corpus | null = null): Promise<Article> {
  let file = spec, id: string | null = null;
  const hash = spec.lastIndexOf("#");
  if (!existsSync(spec) && hash > 0) { file = spec.slice(0, hash); id = spec.slice(hash + 1); }
  if (corpus) {
    const hit = corpusArticle(corpus, file, id) ?? (existsSync(spec) ? null : corpus.byId.get(spec));
    if (hit) return hit;
  }
  if (!existsSync(file)) {
    throw new CliError(corpus ? `"${spec}" is neither a file nor an article id of ${corpus.dir}`
      : `no such file: ${file}`);
  }
  const articles = await readArticleFile(file);
  if (articles.length === 0) throw new CliError(`${file} holds no article`);
  if (id === null) return articles[0]!;
  const hit = articles.find((a) => a.id === id);
  if (!hit) throw new CliError(`${file} has no article with id "${id}"`);
  return hit;
}

/** The corpus's article for `file` (`#id` a row of an export), when the file is the corpus's own. */
function corpusArticle(corpus: Corpus, file: string, id: string | null): Article | undefined {
  if (!existsSync(file)) return undefined;
  const root = resolve(corpus.dir), path = resolve(file);
  if (statSync(root).isDirectory()) {
    const own = corpus.byId.get(basename(path, extname(path)));
    return dirname(path) !== root ? undefined : id === null ? own : corpus.byId.get(id);
  }
  return path === root ? (id === null ? corpus.articles[0] : corpus.byId.get(id)) : undefined;
}
