/** @jsxImportSource jsx-dom */
/** @module The corpus table: filter as you type, sort by clicking a column head; a paged corpus is filtered by the server. */

/** Wait this long after the last key before asking the server (a request per key would queue up). */
const FILTER_DELAY_MS = 250;

export function enhanceCorpusTable(table: HTMLTableElement, filter: HTMLInputElement | null): void {
  // a paged table shows one page of the corpus: filtering and sorting it here would mislead, so the
  // filter asks the server for the matching rows and the column links go to it
  if (table.dataset.paged === "true") {
    if (filter) filterOnServer(filter);
    return;
  }
  const body = table.tBodies[0]!;
  const empty = (<tr class="wd-empty" hidden><td colSpan={8}>No article matches the filter.</td></tr>) as HTMLTableRowElement;
  body.append(empty);
  const rows = () => [...body.rows].filter((r) => r !== empty);
  if (filter) {
    filter.addEventListener("input", () => {
      const q = filter.value.trim().toLowerCase();
      let shown = 0;
      for (const r of rows()) { const hit = !q || r.textContent!.toLowerCase().includes(q); r.hidden = !hit; if (hit) shown++; }
      empty.hidden = shown > 0;
      keepInUrl(filter.value.trim() ? filter.value : null);
    });
  }
  table.tHead?.querySelectorAll<HTMLTableCellElement>("th[data-sort]").forEach((th) => {
    th.querySelector("a")?.addEventListener("click", (ev) => {
      ev.preventDefault();
      const col = th.cellIndex;
      const asc = th.getAttribute("aria-sort") !== "ascending";
      table.tHead!.querySelectorAll("th[data-sort]").forEach((o) => o.setAttribute("aria-sort", "none"));
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      const key = (r: HTMLTableRowElement) => { const cell = r.cells[col]!; return cell.dataset.value ?? cell.textContent!.trim().toLowerCase(); };
      const numeric = th.dataset.sort === "words";
      const sorted = rows().sort((x, y) => {
        const a = key(x), b = key(y);
        const d = numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
        return asc ? d : -d;
      });
      body.append(...sorted, empty);
    });
  });
}

function keepInUrl(q: string | null): URL {
  const url = new URL(location.href);
  if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
  url.searchParams.delete("page");
  history.replaceState(null, "", url);
  return url;
}

/**
 * Filter as you type over the whole corpus: once the typing pauses, fetch the first page of matches
 * (the same page a submitted form gets) and put its table and pager in place of ours; a newer
 * request cancels an older one. Without JavaScript the form does the same on Enter.
 */
function filterOnServer(filter: HTMLInputElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  filter.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      inFlight?.abort();
      const ask = (inFlight = new AbortController());
      const url = keepInUrl(filter.value.trim() ? filter.value : null);
      try {
        const res = await fetch(url, { signal: ask.signal, headers: { accept: "text/html" } });
        if (!res.ok) return;
        const fresh = new DOMParser().parseFromString(await res.text(), "text/html").getElementById("wd-pick");
        const pick = document.getElementById("wd-pick");
        if (fresh && pick && !ask.signal.aborted) pick.replaceChildren(...fresh.childNodes);
      } catch (err) {
        if ((err as Error).name !== "AbortError") throw err;
      }
    }, FILTER_DELAY_MS);
  });
}
