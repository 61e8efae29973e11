/** @module The outlet profiles as CSV, one row per outlet (`wirediff outlets --csv`, /outlets/download). */
import { stringify } from "csv-stringify/sync";
import type { LedeFate, OutletProfile } from "../core/profile/profile-types.ts";
import type { CutProfile } from "../core/story/story-matrix.ts";
import { STYLE_TAGS } from "../core/tags.ts";
import { neutralizeCsvCell } from "./csv-table.ts";

const CUTS: CutProfile[] = ["none", "bottom", "middle", "bottom and middle"];
const LEDES: LedeFate[] = ["kept", "style", "reworded", "replaced", "cut"];

export const OUTLET_COLUMNS = [
  "outlet",
  "pairs",
  "stories",
  "source_words",
  "version_words",
  "verbatim",
  "style_only",
  "reworded",
  "cut",
  "added",
  ...CUTS.map((c) => `cut_${c.replace(/ /g, "_")}`),
  ...LEDES.map((l) => `lede_${l}`),
  "style_edits",
  "substantive_edits",
  ...STYLE_TAGS.map((t) => `style_${t}`),
  "quotes",
  "quotes_altered",
  "quotes_truncated",
  "numbers_changed",
];

export function renderOutletsCsv(profiles: readonly OutletProfile[]): string {
  const rows = profiles.map((p) => {
    const style = new Map(p.style.map((h) => [h.tag, h.count]));
    return [
      p.outlet,
      p.pairs,
      p.stories,
      p.sourceWords,
      p.versionWords,
      p.shares.verbatim,
      p.shares.styleOnly,
      p.shares.reworded,
      p.shares.cut,
      p.shares.added,
      ...CUTS.map((c) => p.cutProfiles[c]),
      ...LEDES.map((l) => p.lede[l]),
      p.styleEdits,
      p.substantiveEdits,
      ...STYLE_TAGS.map((t) => style.get(t) ?? 0),
      p.quotes.total,
      p.quotes.altered,
      p.quotes.truncated,
      p.numbers.changed,
    ].map(neutralizeCsvCell);
  });
  return stringify([OUTLET_COLUMNS, ...rows]);
}
