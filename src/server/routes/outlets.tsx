/** @module /outlets, /outlet/NAME and /outlets/download: the outlet profiles, computed once per corpus load. */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { InputError } from "../../core/errors.ts";
import type { OutletProfile } from "../../core/profile/profile-types.ts";
import { corpusOutletProfiles } from "../../corpus/outlet-profiles.ts";
import type { Corpus } from "../../corpus/store.ts";
import { renderOutletsCsv } from "../../report/outlets-csv.ts";
import type { CorpusState } from "../corpus-state.ts";
import { OutletPage, OutletsPage } from "../pages/outlets.tsx";

// keyed by the corpus object, which a reload replaces: a stale profile is never served. A promise, so
// requests that come while the profiles are computed (between turns of the event loop) share the work.
const cache = new WeakMap<Corpus, Promise<OutletProfile[]>>();
const page = (c: Context, node: unknown) => c.html(html`<!DOCTYPE html>${node}`);

export function outletProfilesOf(state: CorpusState): Promise<OutletProfile[]> {
  let p = cache.get(state.corpus);
  if (!p) {
    const corpus = state.corpus;
    cache.set(corpus, (p = corpusOutletProfiles(corpus, state.storyGroups())));
    p.catch(() => cache.delete(corpus)); // a failure is not kept: the next request tries again
  }
  return p;
}

export function outletRoutes(state: CorpusState): Hono {
  const app = new Hono();
  app.get("/outlets", async (c) => page(c, <OutletsPage profiles={await outletProfilesOf(state)} />));
  app.get("/outlets/download", async (c) => {
    const format = c.req.query("format") ?? "csv";
    if (format !== "csv" && format !== "json") throw new InputError("invalid", "format must be csv or json");
    const profiles = await outletProfilesOf(state);
    const body =
      format === "csv" ? renderOutletsCsv(profiles) : JSON.stringify({ outlets: profiles }, null, 2) + "\n";
    return c.body(body, 200, {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="wirediff-outlets.${format}"`,
    });
  });
  app.get("/outlet/:name", async (c) => {
    const name = c.req.param("name");
    const p = (await outletProfilesOf(state)).find((x) => x.outlet === name);
    if (!p) throw new InputError("not-found", `no outlet "${name}" among the versions of this corpus's stories`);
    return page(c, <OutletPage p={p} />);
  });
  return app;
}
