/** @jsxImportSource jsx-dom */
/** @module The corpus table: filter as you type, sort by clicking a column head, without a round trip. */

export function enhanceCorpusTable(table: HTMLTableElement, filter: HTMLInputElement | null): void {
  // a paged table shows one page of the corpus: filtering and sorting it here would mislead, so the
  // links and the filter form go to the server
  if (table.dataset.paged === "true") return;
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
      const url = new URL(location.href);
      if (q) url.searchParams.set("q", filter.value); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
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
