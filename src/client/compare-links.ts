/** @jsxImportSource jsx-dom */
/** @module The compare page's own links (view, style, swap, filter) carrying one URL parameter along. */

/**
 * Sets (or, with null, deletes) `name` on every link to this server's /compare page except those in
 * `skip`. Matched by the parsed URL, not the href attribute's text, and written back relative, so a
 * link rewritten once is still found the next time.
 */
export function setCompareLinkParam(name: string, value: string | null, skip: (a: HTMLAnchorElement) => boolean): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    if (skip(a)) continue;
    const u = new URL(a.href, location.href);
    if (u.origin !== location.origin || u.pathname !== "/compare") continue;
    if (value == null) u.searchParams.delete(name); else u.searchParams.set(name, value);
    a.setAttribute("href", u.pathname + u.search + u.hash);
  }
}
