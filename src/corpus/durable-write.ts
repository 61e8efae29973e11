/**
 * @module Exclusive, durable writes into a folder: nothing is overwritten, no reader sees half a file,
 * and what was acknowledged survives a crash or a power loss.
 */
import { randomBytes } from "node:crypto";
import { link, open, unlink } from "node:fs/promises";

/**
 * Write `data` as `file` unless that name exists: a temporary file, flushed to disk, then hard-linked
 * into place (a link fails with EEXIST rather than overwrite). Call syncDir once the folder's new names
 * are all made: until then a power loss may lose the name.
 */
export async function writeExclusive(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const fh = await open(tmp, "wx");
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await link(tmp, file);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

/** Flush a folder's entries (names linked or removed) to disk; where a folder cannot be opened (Windows), skip. */
export async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, "r");
  } catch {
    return;
  }
  try {
    await fh.sync();
  } catch (err) {
    if (!["EINVAL", "EPERM", "EISDIR", "EBADF"].includes((err as NodeJS.ErrnoException).code ?? "")) throw err;
  } finally {
    await fh.close();
  }
}
