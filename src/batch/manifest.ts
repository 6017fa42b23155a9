import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { OutputFormatSchema, type OutputFormat } from "../writers/output-format.js";

/** What the output folder remembers about one rendered input. */
export interface ManifestEntry {
  /** The input's identity: its absolute path, or "document:NAME". */
  key: string;
  /** Hash of the input's bytes and of every option that changes the output. */
  hash: string;
  /** The output's file name inside the output folder. */
  output: string;
  /** "pdf" when absent (manifests written before DOCX). */
  format?: OutputFormat;
  /** A PDF's pages; a DOCX has none (Word lays it out). */
  pages?: number;
}

/** An entry's format: manifests written before DOCX hold PDFs only. */
const formatOf = (entry: ManifestEntry): OutputFormat => entry.format ?? "pdf";

/** One entry per input and format: an input's PDF and DOCX in the same folder are both remembered. */
const slot = (key: string, format: OutputFormat): string => `${format}\u0000${key}`;

export const MANIFEST_NAME = ".vanban-manifest.jsonl";

function isEntry(value: unknown): value is ManifestEntry {
  const v = value as ManifestEntry;
  return (
    typeof v === "object" && v !== null && typeof v.key === "string" && typeof v.hash === "string" &&
    typeof v.output === "string" && (v.pages === undefined || typeof v.pages === "number") &&
    (v.format === undefined || OutputFormatSchema.safeParse(v.format).success)
  );
}

/**
 * The output folder's manifest: a JSON-lines journal, one line appended per finished output
 * (after its rename), so a killed run loses at most the line being written. Loading ignores a
 * line that is not whole (the last one, after a kill -9); opening rewrites the journal compactly
 * and atomically before anything is appended, so a torn line can never swallow the next one.
 */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  private fd: number | undefined;
  /** Lines that could not be read when the journal was opened (a torn last line, normally). */
  readonly damagedLines: number;

  private constructor(
    readonly path: string,
    damaged: number,
  ) {
    this.damagedLines = damaged;
  }

  static open(outDir: string): Manifest {
    const path = join(outDir, MANIFEST_NAME);
    let damaged = 0;
    const found: ManifestEntry[] = [];
    if (existsSync(path)) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          const value: unknown = JSON.parse(line);
          if (isEntry(value)) found.push(value);
          else damaged++;
        } catch {
          damaged++;
        }
      }
    }
    const manifest = new Manifest(path, damaged);
    for (const e of found) manifest.entries.set(slot(e.key, formatOf(e)), e);
    manifest.compact();
    manifest.fd = openSync(path, "a");
    return manifest;
  }

  /** What the folder holds for this input in this format. */
  get(key: string, format: OutputFormat = "pdf"): ManifestEntry | undefined {
    return this.entries.get(slot(key, format));
  }

  all(): IterableIterator<ManifestEntry> {
    return this.entries.values();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Records a finished output: one whole line, written with a single write. */
  record(entry: ManifestEntry): void {
    this.entries.set(slot(entry.key, formatOf(entry)), entry);
    if (this.fd === undefined) throw new Error("manifest is closed");
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }

  /** Rewrites the journal with one line per input and format (temp file + rename). */
  compact(): void {
    const text = [...this.entries.values()].map((e) => `${JSON.stringify(e)}\n`).join("");
    writeFileAtomicSync(this.path, text);
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    this.compact();
  }
}
