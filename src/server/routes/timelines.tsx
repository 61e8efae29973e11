/** @module /timelines and /timeline/ID: revision timelines, their grouping computed once per corpus load. */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import type { RevisionGroup } from "../../core/timeline/find-revisions.ts";
import type { Corpus } from "../../corpus/store.ts";
import { corpusRevisions, timelineOf } from "../../corpus/timelines.ts";
import type { CorpusState } from "../corpus-state.ts";
import { TimelinePage, TimelinesPage } from "../pages/timeline.tsx";
import { InputError } from "../../core/errors.ts";
import type { Timeline } from "../../core/timeline/timeline-types.ts";
import { CONTENT_TYPE, EXTENSION, isReportFormat } from "../../report/report-info.ts";
import { renderTimelineReport } from "../../report/timeline-report.tsx";
import { inputHash, reportCss, reportInfo } from "../../report/write-report.ts";

// keyed by the corpus object, which a reload replaces
const cache = new WeakMap<Corpus, RevisionGroup[]>();
const page = (c: Context, node: unknown) => c.html(html`<!DOCTYPE html>${node}`);

export function revisionGroupsOf(state: CorpusState): RevisionGroup[] {
  let g = cache.get(state.corpus);
  if (!g) cache.set(state.corpus, (g = corpusRevisions(state.corpus, state.storyGroups())));
  return g;
}

export function timelineRoutes(state: CorpusState): Hono {
  const app = new Hono();
  app.get("/timelines", (c) => page(c, <TimelinesPage groups={revisionGroupsOf(state)} byId={state.corpus.byId} />));
  const timeline = (rawId: string): Timeline => {
    const id = state.article(rawId).id; // checks the id: safe, and in the corpus
    // the server's cached comparisons: a warm page compares nothing
    return timelineOf(id, state.corpus, revisionGroupsOf(state), (a, b) => state.compare(a.id, b.id));
  };
  app.get("/timeline/:id", (c) => page(c, <TimelinePage t={timeline(c.req.param("id"))} />));
  app.get("/timeline/:id/download", async (c) => {
    const format = c.req.query("format") ?? "html";
    if (!isReportFormat(format)) throw new InputError("invalid", "format must be html, md, json or csv");
    const t = timeline(c.req.param("id"));
    const inputs = await Promise.all(
      t.versions.map(async (v) => ({ id: v.id, sha256: await inputHash({ dir: state.corpus.dir, id: v.id }) })),
    );
    return c.body(await renderTimelineReport(t, format, reportInfo(inputs), await reportCss()), 200, {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="wirediff-timeline-${t.id}${EXTENSION[format]}"`,
    });
  });
  return app;
}
