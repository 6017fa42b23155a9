import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";
import type { TaskSource } from "./task.js";

let version: string | undefined;

/** vanban's version: a new version may lay documents out differently, so it is part of the hash. */
function vanbanVersion(): string {
  version ??= String((JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version);
  return version;
}

/** JSON with keys in a fixed order, so that equal data always hashes equally. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** What decides an input's PDF: its content, its format, the options that matter, and vanban's version. */
export function inputHash(source: Exclude<TaskSource, { format: "path" }>, preset: string | undefined, profiles = ""): string {
  const hash = createHash("sha256");
  hash.update(`vanban-batch/1 ${vanbanVersion()} ${source.format} preset=${preset ?? ""}${profiles ? ` ${profiles}` : ""}\n`);
  if (source.format === "document") hash.update(stableJson(source.document));
  else if (source.format === "file") hash.update(source.bytes);
  else hash.update(source.text);
  if (source.format === "file") hash.update(`\n${stableJson(source.defaults)}`);
  return hash.digest("hex");
}

/**
 * The profile options as they decide the output: the chosen id and the content of the caller's
 * profile files, so that editing my-province.json re-renders on --resume.
 */
export function profilesKey(profile: string | undefined, files: readonly { id: string; data: unknown }[]): string {
  if (!profile && files.length === 0) return "";
  const parts = files.map((f) => `${f.id}:${createHash("sha256").update(stableJson(f.data)).digest("hex").slice(0, 16)}`);
  return `profile=${profile ?? ""} layouts=${parts.sort().join(",")}`;
}
