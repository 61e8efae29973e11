/** @module The import form: GET shows it (and what the last import joined), POST imports and redirects back to it. */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { HTTP_STATUS, InputError } from "../../core/errors.ts";
import type { ImportOptions } from "../../corpus/import-article.ts";
import type { CorpusState } from "../corpus-state.ts";
import { importFromForm, readForm, type FormBody } from "../import-request.ts";
import { ImportPage, type ImportDone, type ImportValues } from "../pages/import.tsx";
import { importLimit } from "./api.ts";

const page = (c: Context, node: unknown, status = 200) => c.html(html`<!DOCTYPE html>${node}`, status as 200);

/** `parse` stands in for the parse an import makes (import-article.ts). */
export function importPageRoutes(state: CorpusState, parse?: ImportOptions["parse"]): Hono {
  const routes = new Hono();
  const readOnly = () => (state.writable ? undefined
    : "This server reads an export file, which takes no imports: serve a corpus folder to import.");

  routes.get("/", (c) => {
    const id = c.req.query("imported");
    const done = id ? importDone(state, id, c.req.query("duplicate") === "1") : undefined;
    return page(c, <ImportPage done={done} readOnly={readOnly()} />);
  });

  routes.post("/", importLimit(), async (c) => {
    let form: FormBody = {};
    try {
      form = await readForm(c);
      const { article, duplicate } = await state.importArticle(await importFromForm(form), parse);
      return c.redirect(`/import?imported=${encodeURIComponent(article.id)}${duplicate ? "&duplicate=1" : ""}`, 303);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const keys = ["text", "title", "outlet", "date", "url", "format"];
      const field = (k: string) => (typeof form[k] === "string" ? (form[k] as string) : "");
      const values: ImportValues = Object.fromEntries(keys.map((k) => [k, field(k)]));
      return page(c, <ImportPage values={values} error={err.message} readOnly={readOnly()} />, HTTP_STATUS[err.code]);
    }
  });
  return routes;
}

/** What the page says after an import: the article, and the versions of the story it joined to compare it with. */
function importDone(state: CorpusState, id: string, duplicate: boolean): ImportDone | undefined {
  const article = state.corpus.byId.get(id);
  if (!article) return undefined;
  const story = state.storyOf(id);
  const others = story.versions.filter((v) => v !== id)
    .map((v) => ({ id: v, title: state.article(v).title, source: v === story.source }));
  return { id, title: article.title, duplicate, warnings: article.warnings, others, storyId: story.id };
}
