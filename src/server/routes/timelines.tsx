/** @module /timelines and /timeline/ID: revision timelines, their grouping computed once per corpus load. */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import type { RevisionGroup } from "../../core/timeline/find-revisions.ts";
import type { Corpus } from "../../corpus/store.ts";
import { corpusRevisions, timelineOf } from "../../corpus/timelines.ts";
import type { CorpusState } from "../corpus-state.ts";
import { TimelinePage, TimelinesPage } from "../pages/timeline.tsx";

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
  app.get("/timeline/:id", (c) => {
    const id = state.article(c.req.param("id")).id; // checks the id: safe, and in the corpus
    // the server's cached comparisons: a warm page compares nothing
    const t = timelineOf(id, state.corpus, revisionGroupsOf(state), (a, b) => state.compare(a.id, b.id));
    return page(c, <TimelinePage t={t} />);
  });
  return app;
}
