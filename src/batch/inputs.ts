import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { EXTENSION_TYPES } from "../readers/input-type.js";

// .json documents and the archives the reader registry reads; .md is left out, since a folder's
// README.md is not an archived document; .doc is taken so that it is reported, not skipped.
const INPUT_EXTENSIONS = new Set(Object.keys(EXTENSION_TYPES).filter((e) => e !== ".md"));

export interface CollectOptions {
  /** Paths never taken as inputs nor searched (the output folder, the report). */
  exclude?: string[];
}

/**
 * The input files named by the command line, in a fixed order: a file is taken as it is (a
 * missing or unsupported one too, so that the batch reports it); a folder is searched, its
 * sub-folders included, for *.json and *.txt (hidden entries are passed over). An entry named
 * *.json or *.txt is taken even when it is not a readable file (a folder, a broken link), so
 * that it is reported rather than silently left out.
 */
export async function collectInputs(args: string[], options: CollectOptions = {}): Promise<string[]> {
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const found: string[] = [];
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();

  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key) || excluded.has(key)) return;
    seen.add(key);
    found.push(path);
  };

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (visitedDirs.has(real)) return; // a link back up the tree
    visitedDirs.add(real);
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (excluded.has(resolve(path))) continue;
      if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        add(path);
        continue;
      }
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isDirectory(), () => false)));
      if (isDir) await walk(path);
    }
  };

  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory() && !INPUT_EXTENSIONS.has(extname(arg).toLowerCase())) await walk(arg);
    else add(arg);
  }
  return found;
}
