/** @jsxImportSource jsx-dom */
/**
 * @module The story page: a matrix cell opens that row's readings in place, under its row, with the
 * version's reading focused.
 */

/**
 * Without script a cell is a link to the reading in the expandable blocks below the matrix. With it,
 * the row's block moves into a panel row under the matrix row (and back when another opens or on
 * Escape), opened, with the chosen version's reading focused so a keyboard or screen reader lands on it.
 */
export function enhanceStoryMatrix(matrix: HTMLTableElement): void {
  /** The panel row shown, the block moved into it, where the block came from, and the cell that opened it. */
  type Open = { panel: HTMLTableRowElement; block: HTMLDetailsElement; home: Comment; cell: HTMLAnchorElement };
  let open: Open | null = null;

  function close(focusCell: boolean): void {
    if (!open) return;
    open.home.replaceWith(open.block);
    open.panel.remove();
    if (focusCell) open.cell.focus();
    open = null;
  }

  function show(cell: HTMLAnchorElement): boolean {
    const target = document.getElementById(decodeURIComponent(cell.hash.slice(1)));
    const block = target?.closest<HTMLDetailsElement>("details.wd-readings");
    const row = cell.closest("tr");
    if (!target || !block || !row) return false;
    if (open?.block !== block) {
      close(false);
      const width = row.cells.length;
      const panel = (<tr class="wd-matrix-panel"><td colSpan={width}></td></tr>) as HTMLTableRowElement;
      const home = document.createComment("readings");
      block.replaceWith(home);
      panel.cells[0]!.append(block);
      row.after(panel);
      open = { panel, block, home, cell };
    }
    open.cell = cell;
    block.open = true;
    block.querySelectorAll(".wd-current").forEach((r) => r.classList.remove("wd-current"));
    if (target !== block) target.classList.add("wd-current");
    (target === block ? block.querySelector<HTMLElement>("summary")! : target).focus({ preventScroll: true });
    target.scrollIntoView({ block: "nearest" });
    history.replaceState(null, "", cell.hash);
    return true;
  }

  matrix.addEventListener("click", (ev) => {
    const a = (ev.target as HTMLElement).closest<HTMLAnchorElement>("a[href^='#row-']");
    if (a && show(a)) ev.preventDefault();
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && open) { ev.preventDefault(); close(true); }
  });
}
