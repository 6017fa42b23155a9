import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";

const LOCK_NAME = ".vanban-batch.lock";
const held = new Set<string>();

/** Whether this process holds the lock of `outDir` (taken by a caller before it writes there). */
export function holdsLock(outDir: string): boolean {
  return held.has(join(outDir, LOCK_NAME));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One batch at a time per output folder: a second one would clear the first one's temporary
 * files and interleave their manifests. A lock left by a killed run (its process is gone) is
 * taken over. Returns the function that releases it.
 */
export function lockOutputDir(outDir: string): () => void {
  const path = join(outDir, LOCK_NAME);
  if (held.has(path)) throw new Error(`Thư mục đang được dùng / another batch in this process is writing to ${outDir}`);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
      const owner = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new Error(`Thư mục đang được dùng / another batch (process ${owner}) is writing to ${outDir}`);
      }
      rmSync(path, { force: true }); // left by a run that was killed
    }
  }
  held.add(path);
  return () => {
    held.delete(path);
    rmSync(path, { force: true });
  };
}
