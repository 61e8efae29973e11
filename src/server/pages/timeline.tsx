/** @module Revision timelines: /timelines (every article with revisions) and /timeline/ID (one article over time). */
import type { RevisionGroup } from "../../core/timeline/find-revisions.ts";
import type {
  CellStatus,
  HistoryRow,
  RevisionStep,
  Timeline,
  TimelineVersion,
} from "../../core/timeline/timeline-types.ts";
import type { Article } from "../../core/article.ts";
import { EditText } from "../../views/edit-text.tsx";
import { Layout } from "./layout.tsx";

const SYMBOL: Record<CellStatus, [string, string]> = {
  first: ["●", "first version"],
  same: ["=", "unchanged"],
  style: ["~", "style edits only"],
  reworded: ["≠", "reworded"],
  added: ["+", "added"],
  cut: ["✕", "cut"],
  merged: ["⤷", "merged into another paragraph"],
};
const compareHref = (a: string, b: string, anchor?: string) =>
  `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}${anchor ? `#${anchor}` : ""}`;
export const timelineHref = (id: string) => `/timeline/${encodeURIComponent(id)}`;

function label(v: TimelineVersion, k: number): string {
  return `v${k + 1}${v.date ? ` · ${v.date}` : ""}`;
}

function StepSummary({ s }: { s: RevisionStep }) {
  const parts: string[] = [];
  if (s.paragraphsAdded) parts.push(`${s.paragraphsAdded} ¶ added`);
  if (s.paragraphsCut) parts.push(`${s.paragraphsCut} ¶ cut`);
  if (s.paragraphsReworded) parts.push(`${s.paragraphsReworded} ¶ reworded`);
  if (s.paragraphsStyled) parts.push(`${s.paragraphsStyled} ¶ style only`);
  if (s.changedNumbers) parts.push(`${s.changedNumbers} number${s.changedNumbers > 1 ? "s" : ""} changed`);
  if (s.alteredQuotes) parts.push(`${s.alteredQuotes} quotation${s.alteredQuotes > 1 ? "s" : ""} altered`);
  return (
    <>
      {parts.length ? parts.join(" · ") : "no change in the body"}
      {s.title ? (
        <div class="wd-where">
          title: <del class="wd-subst">{s.title.from ?? "(none)"}</del> →{" "}
          <ins class="wd-subst">{s.title.to ?? "(none)"}</ins>
        </div>
      ) : null}
    </>
  );
}

function HistoryItem({ row, t }: { row: HistoryRow; t: Timeline }) {
  const last = [...row.cells].reverse().find((c) => c && c.text) ?? null;
  return (
    <li class="wd-history-row">
      <span
        class="wd-history-marks"
        aria-label={row.cells.map((c, k) => `v${k + 1}: ${c ? SYMBOL[c.status][1] : "absent"}`).join("; ")}
      >
        {row.cells.map((c, k) => (
          <span
            class={`wd-mark wd-mark-${c?.status ?? "absent"}`}
            title={`${label(t.versions[k]!, k)}: ${c ? SYMBOL[c.status][1] : "absent"}`}
          >
            {c ? SYMBOL[c.status][0] : "·"}
          </span>
        ))}
      </span>
      {row.chains.map((ch) => (
        <span class="wd-chain" title={ch.versions.map((k) => `v${k + 1}`).join(" → ")}>
          {ch.values.join(" → ")}
        </span>
      ))}
      <p>{last?.text ?? ""}</p>
      <details>
        <summary>Every version</summary>
        <ol class="wd-history-versions">
          {row.cells.map((c, k) => {
            if (!c) return null;
            const v = t.versions[k]!,
              prev = t.versions[k - 1];
            return (
              <li value={k + 1}>
                <span class="wd-where">
                  {label(v, k)} · {SYMBOL[c.status][1]}
                  {c.into != null ? ` (row ${c.into + 1})` : ""}
                </span>{" "}
                {prev && c.anchor ? (
                  <a href={compareHref(prev.id, v.id, c.anchor)} class="wd-where">
                    compare
                  </a>
                ) : null}
                {/* an unchanged version repeats the text above it: say so rather than print it again */}
                {c.status === "same" ? null : <div>{c.edits ? <EditText edits={c.edits} side="both" /> : c.text}</div>}
              </li>
            );
          })}
        </ol>
      </details>
    </li>
  );
}

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
      <table class="wd-table wd-revisions" id="wd-revisions">
        <thead>
          <tr>
            <th>Version</th>
            <th>Article</th>
            <th>Title</th>
            <th>What changed since the one before</th>
          </tr>
        </thead>
        <tbody>
          {t.versions.map((v, k) => (
            <tr data-id={v.id}>
              <td>{label(v, k)}</td>
              <td>
                <a href={`/article/${encodeURIComponent(v.id)}`}>{v.id}</a>
              </td>
              <td>{v.title ?? ""}</td>
              <td>
                {k === 0 ? (
                  "first version"
                ) : (
                  <>
                    <StepSummary s={t.steps[k - 1]!} /> <a href={compareHref(t.versions[k - 1]!.id, v.id)}>compare</a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Paragraph by paragraph</h2>
      <p class="wd-where">
        Each line follows one paragraph through the versions: ● first version, = unchanged, ~ style only,
        ≠ reworded, + added, ✕ cut, ⤷ merged. A figure changed again and again reads as one chain
        (65 → 75 → 98).
      </p>
      <ol class="wd-history" id="wd-history">
        {t.rows.map((row) => (
          <HistoryItem row={row} t={t} />
        ))}
      </ol>
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
