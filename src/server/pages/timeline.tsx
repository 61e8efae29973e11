/** @module Revision timelines: /timelines (every article with revisions) and /timeline/ID (one article over time). */
import type { RevisionGroup } from "../../core/timeline/find-revisions.ts";
import type { Timeline } from "../../core/timeline/timeline-types.ts";
import type { Article } from "../../core/article.ts";
import { TimelineView } from "../../views/timeline-view.tsx";
import { Layout } from "./layout.tsx";

export const timelineHref = (id: string) => `/timeline/${encodeURIComponent(id)}`;

export function TimelinePage({ t }: { t: Timeline }) {
  const latest = t.versions[t.versions.length - 1]!;
  return (
    <Layout title={`Timeline: ${latest.title ?? latest.id}`} wide>
      <p class="wd-where">
        <a href="/timelines">← All timelines</a>
      </p>
      <h1>
        {latest.title ?? latest.id}{" "}
        <span class="wd-where">
          {t.versions.length} versions{latest.outlet ? ` · ${latest.outlet}` : ""}, oldest first
        </span>
      </h1>
      <p class="wd-toolbar">
        Download:{" "}
        {(["html", "md", "json", "csv"] as const).map((f, i) => (
          <>
            {i ? " · " : ""}
            <a href={`${timelineHref(t.id)}/download?format=${f}`}>{f === "md" ? "Markdown" : f.toUpperCase()}</a>
          </>
        ))}
      </p>
      <TimelineView t={t} links />
    </Layout>
  );
}

export function TimelinesPage({
  groups,
  byId,
}: {
  groups: readonly RevisionGroup[];
  byId: ReadonlyMap<string, Article>;
}) {
  return (
    <Layout title="Timelines">
      <h1>
        Timelines{" "}
        <span class="wd-where">
          {groups.length} articles with revisions (one URL, or one outlet within one story)
        </span>
      </h1>
      {groups.length === 0 ? (
        <p>No article in this corpus has a second version.</p>
      ) : (
        <table class="wd-table" id="wd-timelines">
          <thead>
            <tr>
              <th>Article</th>
              <th>Outlet</th>
              <th>Versions</th>
              <th>From</th>
              <th>To</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => {
              const first = byId.get(g.id)!,
                last = byId.get(g.versions[g.versions.length - 1]!)!;
              return (
                <tr>
                  <td>
                    <a href={timelineHref(g.id)}>{last.title ?? g.id}</a>
                    <div class="wd-where">{g.id}</div>
                  </td>
                  <td>{first.outlet ?? ""}</td>
                  <td>{g.versions.length}</td>
                  <td>{first.date ?? ""}</td>
                  <td>{last.date ?? ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
