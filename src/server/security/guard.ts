/** @module The server's request guards, in order: the Host check, the token (when set), same-origin writes. */
import type { MiddlewareHandler } from "hono";
import { hostCheck, type HostCheckOptions } from "./host-check.ts";
import { sameOriginWrites } from "./same-origin-writes.ts";
import { sameToken, writeToken } from "./write-token.ts";

export interface SecurityOptions extends HostCheckOptions {
  /** Changes need this token (required when bound beyond loopback; see serve.ts). @default null: none */
  token?: string | null;
}

export function guards(opts: SecurityOptions = {}): MiddlewareHandler[] {
  const token = opts.token ?? null;
  const cookieName = () => `wirediff-token-${opts.bound?.()?.port ?? 0}`;
  return [
    hostCheck(opts),
    ...(token ? [writeToken({ token, cookieName })] : []),
    sameOriginWrites({ tokenHeader: (h) => token != null && sameToken(h, token) }),
  ];
}
