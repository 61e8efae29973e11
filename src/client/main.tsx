/** @jsxImportSource jsx-dom */
/** @module Browser enhancements (progressive: every page works without them): table filter and sort, change navigation, style toggle. */
import { enhanceCorpusTable } from "./corpus-table.tsx";
import { enhanceCompare } from "./compare-nav.tsx";
import { enhanceEvidence } from "./link-evidence.tsx";
import { enhanceStoryMatrix } from "./story-readings.tsx";

function start(): void {
  const table = document.getElementById("wd-corpus");
  if (table) enhanceCorpusTable(table as HTMLTableElement, document.getElementById("wd-filter") as HTMLInputElement | null);
  const rows = document.querySelector(".wd-rows");
  if (rows) { enhanceCompare(rows as HTMLElement); enhanceEvidence(rows as HTMLElement); }
  const matrix = document.querySelector("table.wd-matrix");
  if (matrix) enhanceStoryMatrix(matrix as HTMLTableElement);
  document.documentElement.classList.add("wd-js");
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
