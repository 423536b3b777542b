/**
 * Files the user picked in a dialog: saved atomically (a full disk or a crash never destroys the file being
 * replaced) and opened with a bounded read (a device, a FIFO or a file that grows cannot exhaust memory or hang).
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `contents` to `path` through a temp file beside it (same folder, so the rename stays on one file system),
 * flushed before the rename: until the rename the old file is untouched, after it the new one is complete.
 * The temp file is removed on any failure.
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, path);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. Not defined on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path`, at most `maxBytes`. Checked on the open handle (no race with a swap
 * between check and read), and the read itself stops past the cap, since a size of 0 (/proc files) or a file still
 * growing says nothing about how much there is to read.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const name = basename(path);
  const handle = await open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error(`${name} is not a regular file, so it cannot be opened.`);
    if (info.size > maxBytes) throw new Error(`${name} is too large to open.`);
    // One byte past the cap tells "exactly the cap" from "more than the cap".
    let buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.byteLength) {
        if (length > maxBytes) throw new Error(`${name} is too large to open.`);
        const grown = new Uint8Array(Math.min(length * 2 + 64 * 1024, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.byteLength - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
