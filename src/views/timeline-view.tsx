/**
 * @module One article's revisions (a table of what each changed) and each paragraph's history, shared by
 * the /timeline page and the HTML report. `links` off (a report) leaves out links into the app.
 */
import type { HistoryRow, RevisionStep, Timeline } from "../core/timeline/timeline-types.ts";
import { MARKS_LEGEND, TIMELINE_MARK, latestText, stepChanges, versionLabel } from "../report/timeline-text.ts";
import { EditText } from "./edit-text.tsx";

const compareHref = (a: string, b: string, anchor?: string) =>
  `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}${anchor ? `#${anchor}` : ""}`;

function StepSummary({ s }: { s: RevisionStep }) {
  const parts = stepChanges(s);
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

function HistoryItem({ row, t, links }: { row: HistoryRow; t: Timeline; links: boolean }) {
  const meaning = (k: number) => {
    const c = row.cells[k];
    return c ? TIMELINE_MARK[c.status][1] : "absent";
  };
  return (
    <li class="wd-history-row">
      <span class="wd-history-marks" aria-label={row.cells.map((_, k) => `v${k + 1}: ${meaning(k)}`).join("; ")}>
        {row.cells.map((c, k) => (
          <span
            class={`wd-mark wd-mark-${c?.status ?? "absent"}`}
            title={`${versionLabel(t.versions[k]!, k)}: ${meaning(k)}`}
          >
            {c ? TIMELINE_MARK[c.status][0] : "·"}
          </span>
        ))}
      </span>
      {row.chains.map((ch) => (
        <span class="wd-chain" title={ch.versions.map((k) => `v${k + 1}`).join(" → ")}>
          {ch.values.join(" → ")}
        </span>
      ))}
      <p>{latestText(row)}</p>
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
                  {versionLabel(v, k)} · {TIMELINE_MARK[c.status][1]}
                  {c.into != null ? ` (row ${c.into + 1})` : ""}
                </span>{" "}
                {links && prev && c.anchor ? (
                  <a href={compareHref(prev.id, v.id, c.anchor)} class="wd-where">
                    compare
                  </a>
                ) : null}
                {/* an unchanged version repeats the text above it: say so rather than print it again */}
                {c.status === "same" ? null : (
                  <div>{c.edits ? <EditText edits={c.edits} side="both" /> : c.text}</div>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </li>
  );
}

export function TimelineView({ t, links }: { t: Timeline; links: boolean }) {
  return (
    <>
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
              <td>{versionLabel(v, k)}</td>
              <td>{links ? <a href={`/article/${encodeURIComponent(v.id)}`}>{v.id}</a> : <code>{v.id}</code>}</td>
              <td>{v.title ?? ""}</td>
              <td>
                {k === 0 ? (
                  "first version"
                ) : (
                  <>
                    <StepSummary s={t.steps[k - 1]!} />{" "}
                    {links ? <a href={compareHref(t.versions[k - 1]!.id, v.id)}>compare</a> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Paragraph by paragraph</h2>
      <p class="wd-where">
        Each line follows one paragraph through the versions: {MARKS_LEGEND}. A figure changed again and again reads
        as one chain (65 → 75 → 98).
      </p>
      {t.headline ? (
        <>
          <h3>Headline</h3>
          <ul class="wd-history wd-headline" id="wd-headline">
            <HistoryItem row={t.headline} t={t} links={links} />
          </ul>
          <h3>Body</h3>
        </>
      ) : null}
      <ol class="wd-history" id="wd-history">
        {t.rows.map((row) => (
          <HistoryItem row={row} t={t} links={links} />
        ))}
      </ol>
    </>
  );
}
