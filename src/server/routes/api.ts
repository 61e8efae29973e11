/** @module The JSON API: the same data as the CLI. */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { InputError } from "../../core/errors.ts";
import { comparisonToJson } from "../../core/diff/comparison-json.ts";
import { articleToJson } from "../../core/diff/comparison-json.ts";
import type { ImportInput, ImportOptions } from "../../corpus/import-article.ts";
import { importFromForm, importFromJson, readForm } from "../import-request.ts";

// where they lived before import-request.ts; callers of the API module still find them here
export { formatOf, metaFrom } from "../import-request.ts";
import type { CorpusState } from "../corpus-state.ts";
import { relatedTo } from "../../core/story/build-story-index.ts";
import { sharedPassages } from "../../core/story/shared-passages.ts";
import { storiesJson } from "../../corpus/stories-json.ts";

/** Largest import accepted over HTTP. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function importLimit() {
  return bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: () => { throw new HTTPException(413, { message: `the article is larger than ${MAX_IMPORT_BYTES / 1048576} MB` }); } });
}

/** A non-negative integer query parameter, or `fallback` when absent; anything else is a 400. */
function count(v: string | undefined, fallback: number, name: string): number {
  if (v === undefined || v === "") return fallback;
  if (!/^\d{1,9}$/.test(v)) throw new InputError("invalid", `${name} must be a non-negative integer`);
  return Number(v);
}

/** `parse` stands in for the parse an import makes (import-article.ts). */
export function apiRoutes(state: CorpusState, parse?: ImportOptions["parse"]): Hono {
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
    let input: ImportInput;
    if (type.startsWith("application/json")) input = await importFromJson(c);
    else if (type.startsWith("multipart/form-data")) input = await importFromForm(await readForm(c));
    else {
      const message = "send application/json ({ text, format?, title?, outlet?, date?, url?, id? }) or multipart/form-data";
      throw new HTTPException(415, { message });
    }
    const { article, duplicate } = await state.importArticle(input, parse);
    const json = articleToJson(article);
    if (duplicate) return c.json({ ...json, note: `already imported as "${article.id}": nothing was written` }, 200);
    return c.json(json, 201);
  });
  return api;
}
