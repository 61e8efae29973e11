/** @jsxImportSource jsx-dom */
/** @module The compare page: a link row's "Why linked" note opens while the row is hovered or has the focus (link rows become focusable), and stays open once clicked. */

export function enhanceEvidence(rowsEl: HTMLElement): void {
  for (const row of rowsEl.querySelectorAll<HTMLElement>(".wd-row")) {
    const note = row.querySelector<HTMLDetailsElement>(":scope > details.wd-evidence");
    if (!note) continue;
    if (!row.hasAttribute("tabindex")) row.tabIndex = 0;
    let pinned = false;
    note.querySelector("summary")?.addEventListener("click", () => { pinned = !note.open; });
    const show = () => { note.open = true; };
    const hide = () => { if (!pinned && !row.matches(":hover") && !row.contains(document.activeElement)) note.open = false; };
    row.addEventListener("mouseenter", show);
    row.addEventListener("focusin", show);
    row.addEventListener("mouseleave", hide);
    row.addEventListener("focusout", () => setTimeout(hide, 0));
  }
}
