import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { asFileError } from "./file-error.js";

/** Temporary files end with this, so that a later run can tell them from anything else. */
const TEMP_SUFFIX = ".vanban-tmp";
/** Bytes of a file name on the usual file systems (ext4, XFS, btrfs, APFS, NTFS in UTF-16 units). */
export const NAME_MAX = 255;
/** What the temporary name adds to the final one: ".", ".", 12 hex digits, ".vanban-tmp". */
const TEMP_EXTRA = 2 + 12 + TEMP_SUFFIX.length;
/** Marks a temporary name whose target was shortened (its start cut, its end and extension kept). */
const CUT = "~";

/** The end of `name` in at most `bytes` UTF-8 bytes, cut between characters. */
function tailBytes(name: string, bytes: number): string {
  const chars = [...name];
  let size = 0;
  let start = chars.length;
  while (start > 0 && size + Buffer.byteLength(chars[start - 1]!) <= bytes) size += Buffer.byteLength(chars[--start]!);
  return chars.slice(start).join("");
}

/**
 * A temporary name beside `path`. It never exceeds the file system's name limit (issue 14: a
 * 245-byte name plus the suffix gave ENAMETOOLONG): a long name keeps its end, extension
 * included, after a "~", so a later run still knows what it stood in for.
 */
export function tempPathFor(path: string): string {
  const name = basename(path);
  const random = randomBytes(6).toString("hex");
  const kept = Buffer.byteLength(name) + TEMP_EXTRA <= NAME_MAX ? name : `${CUT}${tailBytes(name, NAME_MAX - TEMP_EXTRA - CUT.length)}`;
  return join(dirname(path), `.${kept}.${random}${TEMP_SUFFIX}`);
}

const TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.vanban-tmp$/;

/**
 * The name of the file a temporary file was standing in for, or undefined if it is not one;
 * for a long name, "~" and its end (see tempPathFor).
 */
export function tempTarget(name: string): string | undefined {
  return TEMP_NAME.exec(name)?.[1];
}

/** Whether a temporary file's target (tempTarget) stands for the file named `name`. */
export function isTempFor(target: string, name: string): boolean {
  return target === name || (target.startsWith(CUT) && Buffer.byteLength(name) + TEMP_EXTRA > NAME_MAX && name.endsWith(target.slice(CUT.length)));
}

/**
 * Writes `data` to a temporary file beside `path`, then renames it into place: a reader (or a
 * run killed half-way) sees the old file or the whole new one, never part of one.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, durable = false): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw asFileError(error, path, "write");
  }
}

/**
 * Removes the temporary files a killed run left in `dir` for the files `isOurs` accepts
 * (by their final name); returns how many.
 */
export function removeStaleTemps(dir: string, isOurs: (target: string) => boolean): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const target = tempTarget(name);
    if (target === undefined || !isOurs(target)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** The synchronous twin of writeFileAtomic (manifest, report, the CLI's single outputs); creates the folder. */
export function writeFileAtomicSync(path: string, data: Uint8Array | string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw asFileError(error, dirname(path), "write");
  }
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data, { flag: "wx" });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw asFileError(error, path, "write");
  }
}
