/**
 * @module sameOriginWrites: refuse writes (imports) that another site's page could make a researcher's
 * browser send. The rule, for every method but GET, HEAD and OPTIONS:
 * - `Sec-Fetch-Site`, when sent (every current browser does), must be `same-origin`;
 * - `Origin`, when sent, must be this server's own (`null`, from sandboxed frames and file pages, is refused);
 *   without it, `Referer`, when sent, must be a page of this server;
 * - with none of the three (not a browser, or one too old to say), a body that an HTML form can send
 *   (urlencoded, multipart, text/plain or none) is refused: a browser sends `Origin` with every such
 *   request, so its absence cannot prove where the request came from. JSON passes: a page can send
 *   JSON to another site only after a CORS preflight, which this server never grants. A request that
 *   carries the server's token in its header passes too: a page cannot set that header on another site.
 * Like hono/csrf (Origin or Sec-Fetch-Site for form bodies), plus the Referer fallback, and foreign
 * origins refused for every body type.
 */
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";

export const SAFE_METHOD = /^(?:GET|HEAD|OPTIONS)$/;
/** The header API clients send the server's token in (write-token.ts). */
export const TOKEN_HEADER = "x-wirediff-token";
const FORM_BODY = /^(?:application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

export interface WriteRequest {
  /** The Host header (already checked by hostCheck). */
  host: string;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  contentType?: string;
  /** The request carries the server's token in a header. */
  tokenHeader?: boolean;
}

const fromHost = (url: string, host: string): boolean => {
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
};

/** Why a write must be refused, or null when it may come from this server's own pages (see the module). */
export function writeRefusal(r: WriteRequest): string | null {
  if (r.secFetchSite !== undefined && r.secFetchSite !== "same-origin") {
    return `the request came from another site (Sec-Fetch-Site: ${r.secFetchSite})`;
  }
  if (r.origin !== undefined) {
    if (fromHost(r.origin, r.host)) return null;
    if (r.origin === "null") return "the request came from a page with no origin (Origin: null)";
    return `the request came from ${r.origin}, not from this server`;
  }
  if (r.referer !== undefined) {
    return fromHost(r.referer, r.host) ? null : "the request came from a page of another site (Referer)";
  }
  if (r.secFetchSite === undefined && !r.tokenHeader && FORM_BODY.test(r.contentType ?? "text/plain")) {
    return `a form or upload without an Origin header (browsers send it): send JSON, or add "Origin: http://${r.host}"`;
  }
  return null;
}

export interface SameOriginWritesOptions {
  /** Whether the request's header carries the server's token. */
  tokenHeader?: (header: string | undefined) => boolean;
}

export function sameOriginWrites(opts: SameOriginWritesOptions = {}): MiddlewareHandler {
  return async function sameOriginWrites(c, next) {
    if (SAFE_METHOD.test(c.req.method)) return next();
    const h = (name: string) => c.req.header(name);
    const refusal = writeRefusal({
      host: h("host") ?? new URL(c.req.url).host, origin: h("origin"), referer: h("referer"),
      secFetchSite: h("sec-fetch-site"), contentType: h("content-type"),
      tokenHeader: opts.tokenHeader?.(h(TOKEN_HEADER)) ?? false,
    });
    if (refusal) throw new HTTPException(403, { message: `refused a change to the corpus: ${refusal}` });
    return next();
  };
}
