/** @jsxImportSource jsx-dom */
/** @module The compare page: next/previous change (buttons, j/k), the hide-style switch and the tag filter with their live count. */
import { enhanceOnlyFilter, rowCounts } from "./compare-filter.tsx";
import { setCompareLinkParam } from "./compare-links.ts";

export function enhanceCompare(rowsEl: HTMLElement): void {
  const count = document.getElementById("wd-change-count");
  const toggle = document.getElementById("wd-style-toggle") as HTMLAnchorElement | null;
  let current = -1;

  const hidingStyle = () => rowsEl.classList.contains("wd-hide-style");
  /** Rows with a change still visible: substantive ones always, style-only ones unless hidden. */
  const changed = () => [...rowsEl.querySelectorAll<HTMLElement>(".wd-row.wd-changed:not([hidden])")].filter((r) => {
    const n = rowCounts(r, only());
    return n.subst > 0 || (!hidingStyle() && n.style > 0);
  });
  const showCount = () => {
    if (count) count.textContent = String(Number(count.dataset.subst) + (hidingStyle() ? 0 : Number(count.dataset.style)));
  };
  const only = enhanceOnlyFilter(rowsEl, (tag) => {
    // the count of the changes the filter leaves, from the rows' own counts
    let style = 0, subst = 0;
    for (const r of rowsEl.querySelectorAll<HTMLElement>(".wd-row:not([hidden])")) { const n = rowCounts(r, tag); style += n.style; subst += n.subst; }
    if (count) { count.dataset.style = String(style); count.dataset.subst = String(subst); }
    showCount();
    current = -1;
  });

  function go(step: 1 | -1): void {
    const list = changed();
    if (!list.length) return;
    const y = window.scrollY + 80;
    if (current < 0 || current >= list.length) current = step > 0 ? list.findIndex((r) => r.getBoundingClientRect().top + window.scrollY > y) - 1 : list.length;
    current = Math.min(list.length - 1, Math.max(0, current + step));
    const row = list[current]!;
    rowsEl.querySelectorAll(".wd-current").forEach((r) => r.classList.remove("wd-current"));
    row.classList.add("wd-current");
    const details = row.closest("details");
    if (details) details.open = true;
    row.scrollIntoView({ block: "center" });
    history.replaceState(null, "", "#" + row.id);
  }

  document.getElementById("wd-next")?.addEventListener("click", () => go(1));
  document.getElementById("wd-prev")?.addEventListener("click", () => go(-1));
  document.addEventListener("keydown", (ev) => {
    const t = ev.target as HTMLElement;
    if (ev.ctrlKey || ev.metaKey || ev.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable) return;
    if (ev.key === "j") { ev.preventDefault(); go(1); }
    else if (ev.key === "k") { ev.preventDefault(); go(-1); }
  });

  toggle?.addEventListener("click", (ev) => {
    ev.preventDefault();
    const hide = !hidingStyle();
    rowsEl.classList.toggle("wd-hide-style", hide);
    toggle.textContent = hide ? "Show style edits" : "Hide style edits";
    toggle.setAttribute("aria-pressed", String(hide));
    showCount();
    const url = new URL(location.href);
    url.searchParams.set("style", hide ? "hide" : "show");
    history.replaceState(null, "", url);
    setCompareLinkParam("style", hide ? "hide" : "show", (a) => a === toggle);
    setCompareLinkParam("style", hide ? "show" : "hide", (a) => a !== toggle);
    current = -1;
  });

  openFoldedTarget();

  const hint = (<p class="wd-where wd-no-print">Keys: <kbd>j</kbd> next change, <kbd>k</kbd> previous.</p>) as HTMLElement;
  document.getElementById("wd-toolbar")?.append(hint);
}

/**
 * A link to a row that this page folds away (a story matrix cell into a very long comparison) finds
 * no element: ask for the page of rows starting at it instead.
 */
function openFoldedTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!/^[lab]\d+$/.test(id) || document.getElementById(id) || !document.querySelector(".wd-gap")) return;
  const url = new URL(location.href);
  if (url.searchParams.get("from") === id) return;
  url.searchParams.set("from", id);
  location.replace(url);
}
