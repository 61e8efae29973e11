/** @module The JSON API: the same data as the CLI. */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { Article, ArticleMeta, Format } from "../../core/article.ts";
import type { ParseInput } from "../../core/parse/parse-article.ts";
import { InputError } from "../../core/errors.ts";
import { readDate } from "../../core/parse/read-date.ts";
import { comparisonToJson } from "../../core/diff/comparison-json.ts";
import { articleToJson } from "../../core/diff/comparison-json.ts";
import { FORMAT_OF_EXT, importArticle } from "../../corpus/store.ts";
import type { CorpusState } from "../corpus-state.ts";
import { relatedTo } from "../../core/story/build-story-index.ts";
import { sharedPassages } from "../../core/story/shared-passages.ts";
import { storiesJson } from "../../corpus/stories-json.ts";

/** Largest import accepted over HTTP. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function importLimit() {
  return bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: () => { throw new HTTPException(413, { message: `the article is larger than ${MAX_IMPORT_BYTES / 1048576} MB` }); } });
}

export function formatOf(value: string | undefined, fileName?: string): Format {
  if (fileName) {
    const ext = fileName.slice(fileName.lastIndexOf(".")).toLowerCase();
    const f = FORMAT_OF_EXT[ext];
    if (!f || f === "jsonl") throw new InputError("unsupported", `unsupported file type "${ext}": use .txt, .md or .html`);
    return f;
  }
  if (value == null || value === "") return "txt";
  if (value === "txt" || value === "md" || value === "html") return value;
  throw new InputError("unsupported", `unsupported format "${value}": use txt, md or html`);
}

const META_KEYS = ["title", "outlet", "date", "url"] as const;
export function metaFrom(get: (k: string) => unknown): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const k of META_KEYS) { const v = get(k); if (typeof v === "string" && v.trim()) meta[k] = v.trim(); }
  if (meta.date && (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date) || !readDate(meta.date).date)) {
    throw new InputError("invalid", `date must be a calendar date written YYYY-MM-DD, not "${meta.date}"`);
  }
  return meta;
}

/** A non-negative integer query parameter, or `fallback` when absent; anything else is a 400. */
function count(v: string | undefined, fallback: number, name: string): number {
  if (v === undefined || v === "") return fallback;
  if (!/^\d{1,9}$/.test(v)) throw new InputError("invalid", `${name} must be a non-negative integer`);
  return Number(v);
}

/** `parse` parses an upload off the request thread (ParsePool). */
export function apiRoutes(state: CorpusState, parse?: (input: ParseInput) => Promise<Article>): Hono {
  const api = new Hono();
  api.get("/articles", (c) => {
    // optional window over the list (?offset=&limit=), for clients walking a large corpus
    const offset = count(c.req.query("offset"), 0, "offset"), limit = count(c.req.query("limit"), Infinity, "limit");
    const rows = state.homeRows();
    return c.json(rows.slice(offset, offset + limit).map((r) => ({
      id: r.article.id, title: r.article.title, outlet: r.article.outlet, agency: r.article.agency, date: r.article.date, url: r.article.url,
      // a standalone article is a story of one version (its own id), as in /api/stories
      words: r.words, story: r.story, storyVersions: r.storySize,
    })));
  });
  api.get("/articles/:id", (c) => c.json(articleToJson(state.article(c.req.param("id")))));
  api.get("/compare", (c) => {
    const a = c.req.query("a"), b = c.req.query("b");
    if (!a || !b) throw new InputError("invalid", "give two article ids: /api/compare?a=ID&b=ID");
    return c.json(comparisonToJson(state.compare(a, b)));
  });
  api.get("/articles/:id/related", (c) => {
    const id = c.req.param("id");
    const article = state.article(id);
    const g = state.storyGroups();
    return c.json(relatedTo(g.index, id).map((r) => ({ id: r.b, containmentAB: r.containmentAB, containmentBA: r.containmentBA, shared: r.shared,
      sameStory: g.storyOf.get(id) === g.storyOf.get(r.b), passages: sharedPassages(article, state.article(r.b)) })));
  });
  api.get("/stories", (c) => {
    return c.json(storiesJson(state.corpus, state.storyGroups()));
  });
  api.post("/articles", importLimit(), async (c) => {
    const type = c.req.header("content-type") ?? "";
    let text: string, format: Format, meta: ArticleMeta, id: string | undefined;
    if (type.startsWith("application/json")) {
      let body: Record<string, unknown>;
      try { body = await c.req.json(); } catch { throw new InputError("malformed", "the body is not valid JSON"); }
      if (typeof body.text !== "string") throw new InputError("invalid", 'a JSON import needs a "text" string');
      text = body.text; format = formatOf(typeof body.format === "string" ? body.format : undefined); meta = metaFrom((k) => body[k]);
      id = typeof body.id === "string" ? body.id : undefined;
    } else if (type.startsWith("multipart/form-data")) {
      const form = await c.req.parseBody();
      const file = form.file;
      if (file instanceof File && file.size > 0) { format = formatOf(undefined, file.name); text = new TextDecoder().decode(await file.arrayBuffer()); }
      else { text = typeof form.text === "string" ? form.text : ""; format = formatOf(typeof form.format === "string" ? form.format : undefined); }
      meta = metaFrom((k) => form[k]);
    } else {
      throw new HTTPException(415, { message: "send application/json ({ text, format?, title?, outlet?, date?, url? }) or multipart/form-data" });
    }
    const article = await importArticle(state.corpus.dir, { format, text, meta, id }, parse);
    await state.load();
    return c.json(articleToJson(state.article(article.id)), 201);
  });
  return api;
}
