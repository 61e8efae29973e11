/**
 * @module hostCheck: answer only requests addressed to this server by a name it is known by, so a
 * page whose domain is re-pointed at 127.0.0.1 (DNS rebinding) cannot read or write the corpus.
 */
import { networkInterfaces, hostname } from "node:os";
import type { MiddlewareHandler } from "hono";
import { isLoopback, isWildcard, type BoundAddress } from "./addresses.ts";

export interface HostCheckOptions {
  /** Where the server listens, read per request (its port is known once it listens). Unknown: loopback names only. */
  bound?: () => BoundAddress | null;
  /** More names to answer to at any port (a reverse proxy's name). */
  allowedHosts?: readonly string[];
}

/** The Host header's name (lower case, IPv6 without brackets) and port (80 when absent). */
export function splitHost(host: string): { name: string; port: number } | null {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!m) return null;
  return { name: m[1]!.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, ""), port: m[2] ? Number(m[2]) : 80 };
}

/** The names a server bound to every interface is reached by: its addresses and the machine's name. */
function machineNames(): Set<string> {
  const names = new Set([hostname().toLowerCase(), `${hostname().toLowerCase()}.local`]);
  for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) names.add(i.address.toLowerCase());
  return names;
}

export function hostCheck(opts: HostCheckOptions = {}): MiddlewareHandler {
  const extra = new Set((opts.allowedHosts ?? []).map((h) => h.toLowerCase()));
  return async function hostCheck(c, next) {
    const header = c.req.header("host") ?? new URL(c.req.url).host;
    const host = splitHost(header);
    const bound = opts.bound?.() ?? null;
    const ok = host != null && (extra.has(host.name) || ((!bound || host.port === bound.port) && (isLoopback(host.name)
      || (bound != null && (host.name === bound.host.toLowerCase() || host.name === bound.address?.toLowerCase()
        || (isWildcard(bound.host) && machineNames().has(host.name)))))));
    if (ok) return next();
    const at = bound ? ` (it listens at ${bound.host}:${bound.port})` : "";
    const error = `this server does not answer to the host "${header}"${at}; `
      + "start it with --allow-host NAME to add a name";
    return c.json({ error }, 421);
  };
}
