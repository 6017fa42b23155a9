import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files end with this, so that a later run can tell them from anything else. */
const TEMP_SUFFIX = ".vanban-tmp";

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
}

const TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.vanban-tmp$/;

/** The name of the file a temporary file was standing in for, or undefined if it is not one. */
export function tempTarget(name: string): string | undefined {
  return TEMP_NAME.exec(name)?.[1];
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
    throw error;
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
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data, { flag: "wx" });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
