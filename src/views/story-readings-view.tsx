/**
 * @module Every version at once: per matrix row, what each version made of that source paragraph,
 * with its word diff. Story page and story report.
 */
import { CELL_SYMBOL, type MatrixRow, type StoryMatrix } from "../core/story/story-matrix.ts";
import { EditText } from "./edit-text.tsx";
import { matrixRowId, readingId, readingNote, readingsId, rowReadings, type Reading } from "./story-readings.ts";

export const CELL_LABEL = {
  verbatim: "kept verbatim", style: "style edits only", reworded: "reworded", cut: "cut",
  added: "added by this version",
} as const;

const symbol = (s: Reading["status"]) => (s === "added" ? "+" : CELL_SYMBOL[s]);

/** Where the story's readings link: the compare page (`compareBase`), or nowhere in a static report. */
type Base = { compareBase: string | null };

function ReadingText({ r }: { r: Reading }) {
  if (r.edits) return <p class="wd-para"><EditText edits={r.edits} side="both" /></p>;
  if (r.kind === "cut") return <del class="wd-subst wd-whole">{r.a.map((p) => <p class="wd-para">{p.text}</p>)}</del>;
  return <ins class="wd-subst wd-whole">{r.b.map((p) => <p class="wd-para">{p.text}</p>)}</ins>;
}

function ReadingView({ m, k, r, compareBase }: { m: StoryMatrix; k: number; r: Reading } & Base) {
  const ids = `a=${encodeURIComponent(m.source.id)}&b=${encodeURIComponent(r.id)}`;
  const pair = compareBase != null ? `${compareBase}?${ids}#${r.anchor}` : null;
  const who = r.outlet ?? r.id;
  return (
    <section id={readingId(k, r.version)} class={`wd-reading wd-reading-${r.status}`} tabindex={-1}
      aria-label={`${who}: ${CELL_LABEL[r.status]}`}>
      <p class="wd-label">
        <b>{who}</b> <span class="wd-where">{r.id}</span>{" "}
        <span class={`wd-cell wd-cell-${r.status}`}>{symbol(r.status)} {CELL_LABEL[r.status]}</span>{" "}
        <span class="wd-where">{readingNote(r)}</span>
        {pair ? <> · <a href={pair}>open the pair</a></> : null}
        {" · "}<a href={`#${matrixRowId(k)}`}>back to the matrix</a>
      </p>
      <ReadingText r={r} />
    </section>
  );
}

type RowProps = { m: StoryMatrix; k: number; row: MatrixRow; open: boolean } & Base;

function RowReadings({ m, k, row, open, compareBase }: RowProps) {
  const readings = rowReadings(m, k);
  const adder = readings[0];
  const head = row.source != null ? `Source ¶${row.source}`
    : `Added ¶${adder?.b.map((p) => p.index).join("+") ?? ""} (${adder?.outlet ?? adder?.id ?? ""})`;
  return (
    <details id={readingsId(k)} class={`wd-readings${row.source == null ? " wd-matrix-added" : ""}`} open={open}>
      <summary>
        <b>{head}</b> <span class="wd-where">{readings.map((r) => symbol(r.status)).join(" ")}</span>{" "}
        <span class="wd-matrix-text">{row.text}</span>
      </summary>
      {row.source != null ? (
        <section class="wd-reading wd-reading-source">
          <p class="wd-label"><b>Source</b> · {m.source.outlet ?? m.source.id}</p>
          <p class="wd-para">{row.text}</p>
        </section>
      ) : null}
      {readings.map((r) => <ReadingView m={m} k={k} r={r} compareBase={compareBase} />)}
    </details>
  );
}

/**
 * One expandable block per matrix row (a <details>, so it works without script): the source
 * paragraph, then every version's text of it, one under another. `open`: expanded (a report).
 */
export function StoryReadings({ matrix: m, open, compareBase }: { matrix: StoryMatrix; open: boolean } & Base) {
  return (
    <section class="wd-story-readings" id="wd-readings">
      <h2>Every version, paragraph by paragraph</h2>
      <p class="wd-where">
        Each version's text of a source paragraph with its word diff against the source; a matrix cell leads to it.
      </p>
      {m.rows.map((row, k) => <RowReadings m={m} k={k} row={row} open={open} compareBase={compareBase} />)}
    </section>
  );
}
