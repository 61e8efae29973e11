/** @module Which addresses are loopback or every interface: the server's security rules depend on where it listens. */
import { isIP } from "node:net";

export interface BoundAddress {
  /** As given to listen: "127.0.0.1", "::1", "localhost", "0.0.0.0", "192.168.1.5", a name ... */
  host: string;
  port: number;
  /** The address it resolved to, when known ("192.168.1.5" for a name). */
  address?: string;
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped), localhost and *.localhost (which browsers resolve to loopback themselves). */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) {
    const n = new URL(`http://[${h}]/`).hostname; // the URL parser writes an IPv6 address one way
    return n === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:/.test(n);
  }
  return false;
}

/** An address that listens on every interface. */
export function isWildcard(host: string): boolean {
  return host === "" || host === "0.0.0.0" || host === "::" || host === "[::]";
}
