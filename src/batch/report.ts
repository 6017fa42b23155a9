import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { tempPathFor } from "../util/atomic-write.js";
import type { BatchResult, BatchStatus } from "./types.js";
import type { OutputFormat } from "../writers/output-format.js";

export interface ReportSummary {
  /** What the outputs are: "pdf" or "docx" (the CLI always says; a report without it is of PDFs). */
  format?: OutputFormat;
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Pages of the PDFs rendered (0 for DOCX: Word lays those out). */
  pages: number;
  seconds: number;
  /** Time OCR took over all inputs (summed over the workers), when any page was OCR'd. */
  ocrSeconds?: number;
  interrupted: boolean;
}

/** One input in the report: status, reason, output, pages, warnings. */
export interface ReportEntry {
  input: string;
  status: BatchStatus;
  reason?: string;
  output?: string;
  pages?: number;
  ms?: number;
  /** Of `ms`, the time OCR took. */
  ocrMs?: number;
  warnings: string[];
}

/**
 * The batch report as JSON, { "results": [...], "summary": {...} }, written entry by entry to a
 * temporary file and renamed into place when complete, so that it never needs every result in
 * memory and a reader never sees half a report.
 */
export class BatchReport {
  private readonly temp: string;
  private fd: number | undefined;
  private count = 0;

  constructor(readonly path: string) {
    this.path = resolve(path);
    mkdirSync(dirname(this.path), { recursive: true });
    this.temp = tempPathFor(this.path);
    this.fd = openSync(this.temp, "wx");
    writeSync(this.fd, '{\n  "results": [');
  }

  static entryOf(result: BatchResult): ReportEntry {
    return {
      input: result.input,
      status: result.status,
      ...(result.error !== undefined ? { reason: result.error } : {}),
      ...(result.output !== undefined ? { output: result.output } : {}),
      ...(result.pages !== undefined ? { pages: result.pages } : {}),
      ms: Math.round(result.ms),
      ...(result.ocrMs !== undefined ? { ocrMs: Math.round(result.ocrMs) } : {}),
      warnings: result.warnings,
    };
  }

  add(entry: ReportEntry): void {
    if (this.fd === undefined) throw new Error("report is closed");
    writeSync(this.fd, `${this.count++ ? "," : ""}\n    ${JSON.stringify(entry)}`);
  }

  finish(summary: ReportSummary): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, `\n  ],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    closeSync(this.fd);
    this.fd = undefined;
    renameSync(this.temp, this.path);
  }

  /** Drops the unfinished report (the previous one, if any, stays). */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.temp, { force: true });
  }
}
