/** @module Why two paragraphs were paired: a link's evidence (sentence pairs, shared rare words, figures, names) as a collapsed note under its row. Shared by the compare page (opened on hover or focus by the client) and the HTML report (opened by a click). */
import type { Comparison, LinkEvidence, Paragraph } from "../core/article.ts";

/** A sentence shown in full up to this many chars, then cut with an ellipsis. */
const EXCERPT_CHARS = 160;

function excerpt(ps: readonly Paragraph[], index: number, [from, to]: [number, number]): string {
  const text = ps.find((p) => p.index === index)?.text.slice(from, to) ?? "";
  return text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS - 1) + "…" : text;
}

export function LinkEvidenceNote({ evidence, comparison }: { evidence: LinkEvidence | undefined; comparison: Comparison }) {
  if (!evidence) return null;
  const { a, b } = comparison;
  const list = (label: string, xs: readonly string[]) => (xs.length ? <p><span class="wd-evidence-label">{label}:</span> {xs.join(", ")}</p> : null);
  return (
    <details class="wd-evidence">
      <summary>Why linked</summary>
      {evidence.sentences.length ? (
        <ul class="wd-evidence-sentences">
          {evidence.sentences.map((s) => (
            <li>
              <span class="wd-evidence-sim">{s.similarity.toFixed(2)}</span> A ¶{s.a} <q>{excerpt(a.paragraphs, s.a, s.aSpan)}</q> · B ¶{s.b} <q>{excerpt(b.paragraphs, s.b, s.bSpan)}</q>
            </li>
          ))}
        </ul>
      ) : null}
      {list("shared rare words", evidence.words)}
      {list("shared figures", evidence.numbers)}
      {list("shared names", evidence.names)}
    </details>
  );
}
