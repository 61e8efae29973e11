/** @module Typed errors raised by the pure core; each edge (CLI, HTTP) maps them once to its own form. */

export type InputErrorCode =
  | "empty"            // nothing but white space
  | "binary"           // not text in any encoding we read
  | "too-large"        // over a documented size limit
  | "unsupported"      // a format or extension we do not read
  | "malformed"        // structurally broken input (bad JSON line, bad front matter ...)
  | "not-found"        // an article id or file that does not exist
  | "conflict"         // an import would overwrite an existing article
  | "invalid";         // a bad argument (unsafe id, bad option value ...)

/** Bad input from the user: the HTTP edge answers 4xx, the CLI prints the message and exits 1. */
export class InputError extends Error {
  constructor(readonly code: InputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InputError";
  }
}

/** HTTP status for each input error code (used by the server's single error handler). */
export const HTTP_STATUS: Record<InputErrorCode, 400 | 404 | 409 | 413 | 415> = {
  empty: 400,
  binary: 415,
  "too-large": 413,
  unsupported: 415,
  malformed: 400,
  "not-found": 404,
  conflict: 409,
  invalid: 400,
};
