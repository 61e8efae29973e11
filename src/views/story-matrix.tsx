/** @module The story view: the variant matrix (by colour and symbol) and the per-version figures. Shared by the /story page and story reports. */
import { CELL_SYMBOL, type StoryMatrix } from "../core/story/story-matrix.ts";
import { matrixRowId, readingId, readingsId } from "./story-readings.ts";
import { CELL_LABEL as LABEL, StoryReadings } from "./story-readings-view.tsx";

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/**
 * `linkBase`: where a version and a reading's pair link (the compare page), or null in a static
 * report. A cell leads to that version's reading of the row below the matrix; `open` expands them all.
 */
export function StoryMatrixView({ matrix: m, linkBase, open = false }: { matrix: StoryMatrix; linkBase: string | null; open?: boolean }) {
  return (
    <div class="wd-story">
      <p class="wd-legend-line">
        {(["verbatim", "style", "reworded", "cut"] as const).map((s) => <span class={`wd-cell wd-cell-${s}`}>{CELL_SYMBOL[s]} {LABEL[s]}</span>)}
        <span class="wd-cell wd-cell-added">+ {LABEL.added}</span>
      </p>
      <div class="wd-scroll"><table class="wd-table wd-versions">
        <tr><th>version</th><th>outlet</th><th>kept</th><th>style only</th><th>reworded</th><th>cut</th><th>new</th><th>altered quotes</th><th>changed numbers</th><th>cut profile</th></tr>
        {m.versions.map((v) => (
          <tr><td>{linkBase != null ? <a href={`${linkBase}?a=${encodeURIComponent(m.source.id)}&b=${encodeURIComponent(v.id)}`}>{v.id}</a> : v.id}</td><td>{v.outlet ?? "–"}</td>
            <td>{pct(v.stats.verbatim)}</td><td>{pct(v.stats.styleOnly)}</td><td>{pct(v.stats.reworded)}</td><td>{pct(v.stats.cut)}</td><td>{pct(v.stats.newInB)}</td>
            <td>{v.stats.alteredQuotes}</td><td>{v.stats.changedNumbers}</td><td>{v.cutProfile}</td></tr>
        ))}
      </table></div>
      <div class="wd-scroll"><table class="wd-table wd-matrix">
        <tr><th>¶</th>{m.versions.map((v, k) => <th title={v.id}>{v.outlet ?? `v${k + 1}`}</th>)}<th>source text</th></tr>
        {m.rows.map((r, row) => (
          <tr id={matrixRowId(row)} class={r.source == null ? "wd-matrix-added" : ""}>
            <td><a href={`#${readingsId(row)}`} class="wd-matrix-expand" aria-label={`every version of ${r.source != null ? `source ¶${r.source}` : "this added paragraph"}`}>{r.source ?? "+"}</a></td>
            {r.cells.map((c, k) => {
              if (!c) return <td class="wd-cell-empty"></td>;
              const sym = c.status === "added" ? "+" : CELL_SYMBOL[c.status];
              const who = m.versions[k]!.outlet ?? m.versions[k]!.id;
              return <td class={`wd-cell wd-cell-${c.status}`} title={LABEL[c.status]}><a href={`#${readingId(row, k)}`} aria-label={`${who}: ${LABEL[c.status]}`}>{sym}</a></td>;
            })}
            <td class="wd-matrix-text">{r.text}</td>
          </tr>
        ))}
      </table></div>
      <StoryReadings matrix={m} open={open} compareBase={linkBase} />
    </div>
  );
}
