/**
 * @module The corpus store, the edge that reads and writes corpus folders: article-files.ts reads one
 * file, live-corpus.ts holds a folder in memory and keeps it up to date, import-article.ts imports.
 */
export * from "./article-files.ts";
export { LiveCorpus, loadCorpus } from "./live-corpus.ts";
export { importArticle, type ImportInput, type ImportOptions, type Imported } from "./import-article.ts";
