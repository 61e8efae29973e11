/** @module The Hono app: pages, the JSON API and downloads over one CorpusState; errors mapped once. */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import { InputError, HTTP_STATUS } from "../core/errors.ts";
import type { ParseInput } from "../core/parse/parse-article.ts";
import { isReportFormat } from "../report/report-info.ts";
import { CONTENT_TYPE, EXTENSION } from "../report/report-info.ts";
import { inputHash, renderReport, reportCss, reportInfo } from "../report/write-report.ts";
import { renderStoryReport } from "../report/story-report.tsx";
import { CorpusState, type CorpusStateOptions } from "./corpus-state.ts";
import { apiRoutes } from "./routes/api.ts";
import { importPageRoutes } from "./routes/import-page.tsx";
import { readAsset } from "./static-assets.ts";
import { figuresRoutes } from "./routes/figures.ts";
import { outletRoutes } from "./routes/outlets.tsx";
import { timelineRoutes } from "./routes/timelines.tsx";
import { ErrorPage } from "./pages/layout.tsx";
import { HomePage } from "./pages/home.tsx";
import { filterAndSort, pageOf, SORT_KEYS, type SortKey } from "./home-rows.ts";
import { ArticlePage } from "./pages/article.tsx";
import { ComparePage } from "./pages/compare.tsx";
import { StoryPage } from "./pages/story.tsx";
import { isShownTag, SHOWN_TAGS, type ShownTag } from "../views/edit-tags.ts";
import { guards, type SecurityOptions } from "./security/guard.ts";
import { ParsePool, type ParsePoolOptions } from "./parse-pool.ts";
import { relatedTo } from "../core/story/build-story-index.ts";
import { sharedPassages } from "../core/story/shared-passages.ts";

export interface AppOptions extends CorpusStateOptions {
  /** The Host check, the write token and same-origin writes (security/guard.ts). */
  security?: SecurityOptions;
  /** Uploads are parsed in worker threads with a time budget (parse-pool.ts). */
  parse?: ParsePoolOptions;
}

const page = (c: Context, node: unknown, status = 200) => c.html(html`<!DOCTYPE html>${node}`, status as 200);

/** Build the app over a loaded corpus state. */
export function createAppFromState(state: CorpusState, opts: Pick<AppOptions, "security" | "parse"> = {}): Hono {
  const app = new Hono();
  const parser = new ParsePool(opts.parse);
  const parse = (input: ParseInput) => parser.parse(input);
  app.use(async (c, next) => {
    await next();
    c.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    c.header("X-Content-Type-Options", "nosniff");
    // not no-referrer: under it browsers send "Origin: null" with the server's own forms
    c.header("Referrer-Policy", "same-origin");
  });
  for (const guard of guards(opts.security)) app.use(guard);

  app.onError((err, c) => {
    const status = err instanceof InputError ? HTTP_STATUS[err.code] : err instanceof HTTPException ? err.status : 500;
    if (status === 500) console.error(err);
    const message = status === 500 ? "internal error" : err.message;
    return c.req.path.startsWith("/api/") ? c.json({ error: message }, status as 400) : page(c, <ErrorPage status={status} message={message} />, status);
  });
  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404) : page(c, <ErrorPage status={404} message={`No page at ${c.req.path}`} />, 404)));

  app.route("/api", apiRoutes(state, parse));

  app.get("/static/:name", (c) => {
    const a = readAsset(c.req.param("name"));
    if (!a) throw new HTTPException(404, { message: "no such asset" });
    return c.body(a.body, 200, { "Content-Type": a.type, "Cache-Control": "no-cache" });
  });

  app.get("/", (c) => {
    const sortParam = c.req.query("sort") ?? "story";
    const sort: SortKey = (SORT_KEYS as readonly string[]).includes(sortParam) ? (sortParam as SortKey) : "story";
    const dir = c.req.query("dir") === "desc" ? "desc" : "asc";
    const q = c.req.query("q") ?? "";
    const rows = filterAndSort(state.homeRows(), q, sort, dir);
    const paged = pageOf(rows, Number(c.req.query("page") ?? 1), state.opts.pageSize ?? 500);
    return page(c, <HomePage paged={paged} matched={rows.length} total={state.corpus.articles.length} q={q} sort={sort} dir={dir} errors={state.corpus.errors} />);
  });

  app.get("/article/:id", (c) => {
    const article = state.article(c.req.param("id"));
    const g = state.storyGroups();
    const related = relatedTo(g.index, article.id).map((r) => ({ id: r.b, title: state.article(r.b).title, containmentAB: r.containmentAB, containmentBA: r.containmentBA,
      sameStory: g.storyOf.get(article.id) === g.storyOf.get(r.b), passages: sharedPassages(article, state.article(r.b)) }));
    return page(c, <ArticlePage article={article} related={related} />);
  });

  app.get("/compare", (c) => {
    const a = c.req.query("a"), b = c.req.query("b");
    if (!a || !b) throw new InputError("invalid", "choose two articles: /compare?a=ID&b=ID");
    const view = c.req.query("view") === "inline" ? "inline" : "side";
    const onlyParam = c.req.query("only") || null;
    if (onlyParam && !isShownTag(onlyParam)) throw new InputError("invalid", `only must be one of ${SHOWN_TAGS.join(", ")}`);
    const only = onlyParam as ShownTag | null;
    return page(c, <ComparePage c={state.compare(a, b)} v={{ view, hideStyle: c.req.query("style") === "hide", from: c.req.query("from"), only }} />);
  });

  app.get("/compare/download", async (c) => {
    const a = c.req.query("a"), b = c.req.query("b"), format = c.req.query("format") ?? "html";
    if (!a || !b) throw new InputError("invalid", "give two article ids: ?a=ID&b=ID&format=html|md|json|csv");
    if (!isReportFormat(format)) throw new InputError("invalid", "format must be html, md, json or csv");
    const cmp = state.compare(a, b);
    const info = reportInfo([{ id: a, sha256: await inputHash({ dir: state.corpus.dir, id: a }) }, { id: b, sha256: await inputHash({ dir: state.corpus.dir, id: b }) }]);
    return c.body(await renderReport(cmp, format, info), 200, {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="wirediff-${a}--${b}${EXTENSION[format]}"`,
    });
  });

  app.get("/story/:id", (c) => {
    const s = state.story(c.req.param("id"), c.req.query("source"));
    return page(c, <StoryPage id={s.id} versions={s.versions} matrix={s.matrix} />);
  });

  app.get("/story/:id/download", async (c) => {
    const format = c.req.query("format") ?? "html";
    if (!isReportFormat(format)) throw new InputError("invalid", "format must be html, md, json or csv");
    const s = state.story(c.req.param("id"), c.req.query("source"));
    const inputs = await Promise.all(s.versions.map(async (v) => ({ id: v, sha256: await inputHash({ dir: state.corpus.dir, id: v }) })));
    const story = { id: s.id, source: s.matrix.source.id, versions: s.versions };
    return c.body(await renderStoryReport(story, s.matrix, format, reportInfo(inputs), await reportCss()), 200, {
      "Content-Type": CONTENT_TYPE[format], "Content-Disposition": `attachment; filename="wirediff-story-${s.id}${EXTENSION[format]}"`,
    });
  });

  app.route("/import", importPageRoutes(state, parse));

  app.route("/figures", figuresRoutes(state));
  app.route("/", outletRoutes(state));
  app.route("/", timelineRoutes(state));
  return app;
}

/** Load the corpus and build the app. */
export async function createApp(opts: AppOptions): Promise<{ app: Hono; state: CorpusState }> {
  const state = await new CorpusState(opts).load();
  return { app: createAppFromState(state, opts), state };
}
