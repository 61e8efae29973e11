/**
 * @module writeToken: on a server others can reach (bound beyond loopback), changes need a secret
 * printed at start. A browser shows it once by opening `/?token=...`, which stores it in a
 * SameSite=Strict, HttpOnly cookie (so the server's own forms carry it) and reloads without it;
 * API clients send it in the X-Wirediff-Token header. Reading stays open.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { SAFE_METHOD, TOKEN_HEADER } from "./same-origin-writes.ts";

export interface WriteTokenOptions {
  token: string;
  /** Cookies are shared by every port of a host: name one per server. @default "wirediff-token" */
  cookieName?: () => string;
}

/** Equal in constant time (hashes first, so the length does not show either). */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const h = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(h(given), h(token));
}

export function writeToken(opts: WriteTokenOptions): MiddlewareHandler {
  const cookie = opts.cookieName ?? (() => "wirediff-token");
  return async function writeToken(c, next) {
    const safe = SAFE_METHOD.test(c.req.method);
    const offered = safe ? c.req.query("token") : undefined;
    if (offered !== undefined) {
      if (!sameToken(offered, opts.token)) {
        throw new HTTPException(403, { message: "that is not this server's token (it printed it at start)" });
      }
      setCookie(c, cookie(), opts.token, { httpOnly: true, sameSite: "Strict", path: "/" });
      const url = new URL(c.req.url);
      url.searchParams.delete("token");
      return c.redirect(url.pathname + url.search, 303);
    }
    const fromHeader = sameToken(c.req.header(TOKEN_HEADER), opts.token);
    if (safe || fromHeader || sameToken(getCookie(c, cookie()), opts.token)) return next();
    throw new HTTPException(403, {
      message: "this server takes changes only with its token: open the address it printed at start "
        + "(ending in ?token=...) once in this browser, or send the token in the X-Wirediff-Token header",
    });
  };
}
