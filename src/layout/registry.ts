import { readJsonFileSync } from "../util/json-file.js";
import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { DocumentError } from "../model/errors.js";
import { packageRoot } from "../util/package-root.js";
import type { ProfileData } from "./merge.js";
import type { ProfileFile } from "./profile-data.js";

/**
 * Where profiles are found besides vanban's own layouts/: a caller's folders of profile files
 * (each named by its id, "my-province.json") or single files ("--layout ./house.json").
 */
export interface ProfileSources {
  layouts?: string | readonly string[] | undefined;
}

export type { ProfileFile } from "./profile-data.js";

/** Profile files are small; a bigger one is not a profile (and is not read whole). */
const MAX_PROFILE_BYTES = 1 << 20;

const fileCache = new Map<string, ProfileFile>();

function problem(path: string, vi: string, en: string): DocumentError {
  return new DocumentError([{ path, vi, en }], "profile");
}

function readProfileFile(file: string, folderId: string | undefined, bundled: boolean): ProfileFile {
  const stat = statSync(file);
  const stamp = `${file}:${stat.mtimeMs}:${stat.size}`;
  const hit = fileCache.get(file);
  if (hit && hit.stamp === stamp) return hit;
  if (stat.size > MAX_PROFILE_BYTES) throw problem(file, `tệp hồ sơ quá lớn (${stat.size} byte)`, `profile file too large (${stat.size} bytes)`);
  let data: unknown;
  try {
    data = readJsonFileSync(file, { maxBytes: MAX_PROFILE_BYTES }); // a regular file only (a FIFO would hang)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw problem(file, `tệp hồ sơ không phải JSON hợp lệ: ${reason}`, `the profile file is not valid JSON: ${reason}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw problem(file, "tệp hồ sơ phải là một đối tượng JSON", "a profile file holds one JSON object");
  }
  const written = (data as ProfileData).id;
  // In a folder the file's name is its id; a single file given by path says its id inside.
  const id = folderId ?? (typeof written === "string" ? written : basename(file, extname(file)));
  if (written !== undefined && written !== id) {
    throw problem(`${file}: id`, `id "${String(written)}" khác tên tệp "${id}.json"`, `id "${String(written)}" differs from the file name "${id}.json"`);
  }
  const entry: ProfileFile = { id, file, bundled, data: data as ProfileData, stamp };
  fileCache.set(file, entry);
  return entry;
}

function filesOfFolder(dir: string, bundled: boolean): ProfileFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => readProfileFile(join(dir, name), basename(name, ".json"), bundled));
}

let bundled: ProfileFile[] | undefined;
/** vanban's own layouts/: read once, as they ship with the package and do not change while it runs. */
function bundledFiles(): ProfileFile[] {
  bundled ??= filesOfFolder(join(packageRoot(), "layouts"), true);
  return bundled;
}

function sourcesOf(options: ProfileSources | undefined): string[] {
  const given = options?.layouts;
  if (!given) return [];
  return (typeof given === "string" ? [given] : [...given]).map((p) => resolve(p));
}

/**
 * Every profile file known: vanban's layouts/ and then the caller's folders and files. No list
 * of ids is kept anywhere else: a new file is a new profile. A caller's file may stand in for a
 * bundled one of the same id (profile data "instead of layouts/union.json", as render --layout
 * always allowed); two of the caller's files with one id are refused.
 */
export function profileFiles(options?: ProfileSources): Map<string, ProfileFile> {
  const out = new Map<string, ProfileFile>();
  const add = (entry: ProfileFile) => {
    const other = out.get(entry.id);
    if (other && other.file !== entry.file && !other.bundled) {
      throw problem(
        entry.file,
        `hồ sơ "${entry.id}" đã có trong ${other.file}; đặt tên khác và dùng "extends": "${entry.id}"`,
        `profile "${entry.id}" is already defined by ${other.file}; give this one another name and "extends": "${entry.id}"`,
      );
    }
    out.set(entry.id, entry);
  };
  for (const entry of bundledFiles()) add(entry);
  for (const path of sourcesOf(options)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw problem(path, `không tìm thấy tệp hoặc thư mục hồ sơ: ${path}`, `profile file or folder not found: ${path}`);
    }
    if (isFolder) for (const entry of filesOfFolder(path, false)) add(entry);
    else add(readProfileFile(path, undefined, false));
  }
  return out;
}

/** The id a single profile file defines (its `id`, else its name), for "--layout FILE". */
export function profileIdOfFile(file: string): string {
  return readProfileFile(resolve(file), undefined, false).id;
}
