import { mkdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { readDefaultsFile } from "./defaults-file.js";
import cliProgress from "cli-progress";
import { collectInputs } from "../batch/inputs.js";
import { defaultJobs } from "../batch/pool.js";
import { isBatchFile, renderBatch } from "../batch/render-batch.js";
import { BatchReport, type ReportSummary } from "../batch/report.js";
import { isTempFor, removeStaleTemps } from "../util/atomic-write.js";
import { asFileError } from "../util/file-error.js";
import { lockOutputDir } from "../batch/lock.js";
import { DEFAULT_LIMITS } from "../limits.js";
import type { BatchProgress, BatchResult } from "../batch/types.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import { exitCodeOf, issuesOf, usage, UsageError } from "./cli-error.js";
import { BatchDoneJson, BatchProgressJson, BatchResultJson, jsonOption, printJson, type WrittenJson } from "./json-output.js";
import { withHelp } from "./help.js";
import { outputFormat } from "../writers/output-format.js";

interface BatchFlags extends ProfileFlags {
  outDir: string;
  jobs?: number;
  resume?: boolean;
  defaults?: string;
  report?: string;
  preset?: string;
  timeout?: number;
  json?: boolean;
  ocr?: boolean;
  format?: string;
}

/** How often a plain progress line is printed when stderr is not a terminal. */
const PLAIN_PROGRESS_MS = 3000;
/** How long a second signal waits for the workers to be terminated before leaving regardless. */
const STOP_NOW_GRACE_MS = 3000;
/** Failures listed at the end; the report has them all. */
const FAILURES_SHOWN = 20;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError("--jobs", `--jobs cần số nguyên ≥ 1 (nhận "${value}")`, `--jobs needs a whole number ≥ 1 (got "${value}")`);
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError("--timeout", `--timeout cần số giây > 0 (nhận "${value}")`, `--timeout needs a number of seconds > 0 (got "${value}")`);
  return n;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function plainLine(p: BatchProgress): string {
  const eta = p.total !== undefined && p.rate > 0 ? `, ETA ${seconds(((p.total - p.done) / p.rate) * 1000)}` : "";
  const of = p.total !== undefined ? `/${p.total}` : "";
  return `vanban batch: ${p.done}${of} (${p.ok} ok, ${p.failed} failed, ${p.skipped} skipped), ${p.rate.toFixed(1)} docs/s${eta}\n`;
}

/** How often `--json` prints a progress line. */
const JSON_PROGRESS_MS = 1000;

/** A finished input as its --json line: the file written with its size, or why not. */
function resultLine(r: BatchResult): BatchResultJson {
  let output: WrittenJson | null = null;
  if (r.output && r.status !== "failed") {
    const format = r.output.toLowerCase().endsWith(".docx") ? "docx" : "pdf";
    output = { path: r.output, format, bytes: statSync(r.output).size, pages: r.pages ?? null };
  }
  return { command: "batch", event: "result", file: r.input, status: r.status, output, reason: r.error ?? null, warnings: r.warnings };
}

/** --json: progress at most once a second on stdout, as JSON lines. */
function jsonProgress(): (p: BatchProgress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < JSON_PROGRESS_MS) return;
    last = now;
    const { done, ok, failed, skipped, rate } = p;
    printJson(BatchProgressJson, { command: "batch", event: "progress", done, ok, failed, skipped, total: p.total ?? done, rate });
  };
}

/** A progress bar on a terminal; a plain line every few seconds otherwise (logs, CI). */
function progressDisplay(total: number) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: "{bar} {value}/{total} | {rate} docs/s | ETA {eta_formatted} | failed {failed}",
        hideCursor: true,
        etaBuffer: 50,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0.0", failed: 0 });
    return {
      update: (p: BatchProgress) => bar.update(p.done, { rate: p.rate.toFixed(1), failed: p.failed }),
      failure: (_r: BatchResult) => undefined,
      liveFailures: false,
      stop: () => bar.stop(),
    };
  }
  let latest: BatchProgress | undefined;
  const timer = setInterval(() => latest && process.stderr.write(plainLine(latest)), PLAIN_PROGRESS_MS);
  timer.unref();
  return {
    update: (p: BatchProgress) => {
      latest = p;
    },
    failure: (r: BatchResult) => process.stderr.write(`✗ ${r.input}: ${r.error ?? "failed"}\n`),
    liveFailures: true,
    stop: () => {
      clearInterval(timer);
      if (latest) process.stderr.write(plainLine(latest));
    },
  };
}

export function registerBatch(program: Command): void {
  const command = program
    .command("batch")
    .description("Kết xuất hàng loạt văn bản ra PDF / render many documents to PDF on all cores")
    .argument("<inputs...>", "văn bản .json, văn bản lưu trữ .txt, hoặc thư mục chứa chúng / .json documents, .txt archives, or folders of them")
    .requiredOption("--out-dir <dir>", "thư mục cho PDF, manifest và báo cáo / folder for the PDFs, the manifest and (by default) the report")
    .option("--jobs <n>", `số luồng (mặc định mỗi nhân một, ở đây ${defaultJobs()}) / worker threads (default: one per core, here ${defaultJobs()})`, positiveInt)
    .option("--resume", "bỏ qua đầu vào đã kết xuất và chưa đổi / skip inputs already rendered whose content has not changed")
    .option("--defaults <file>", "JSON {profile, issuer, place} cho văn bản .txt / JSON {profile, issuer, place} for .txt archives")
    .option("--report <file>", "nơi ghi báo cáo JSON / where to write the JSON report (default: OUT-DIR/vanban-report.json)")
    .option("--preset <name>", 'bộ thiết lập hồ sơ / profile preset, e.g. "decree-example"')
    .option("--ocr", "đọc trang quét bằng OCR (cần tesseract-ocr, tesseract-ocr-vie) / read scanned PDF pages by OCR (needs tesseract-ocr, tesseract-ocr-vie)")
    .option("--format <format>", "pdf (mặc định) hoặc docx (NAME.docx, giữ nguồn bên trong) / pdf (default) or docx (NAME.docx, the source kept inside)")
    .option("--timeout <seconds>", `thời gian tối đa cho một văn bản (mặc định ${DEFAULT_LIMITS.documentTimeoutMs / 1000}) / time one document may take before its worker is stopped (default ${DEFAULT_LIMITS.documentTimeoutMs / 1000})`, positiveSeconds);
  jsonOption(command, "dòng JSON trên stdout: progress, result, rồi done", "JSON lines on stdout: progress, result, then done");
  withHelp(
    command,
    {
      examples: [
        { command: "vanban batch van-ban/ --out-dir pdf/", vi: "cả thư mục, mọi nhân", en: "a whole folder, all cores" },
        { command: "vanban batch luu-tru/*.txt --defaults lai-chau.json --out-dir pdf/ --resume", vi: "tiếp tục, bỏ qua tệp đã xong", en: "resume, skipping what is done" },
        { command: "vanban batch van-ban/ --out-dir pdf/ --json", vi: "dòng JSON cho chương trình khác", en: "JSON lines for another program" },
      ],
      failed: { vi: "một đầu vào lỗi (có trong báo cáo)", en: "an input failed (listed in the report)" },
      moreExitCodes: [
        { code: 130, vi: "dừng bởi Ctrl-C (SIGINT)", en: "stopped by Ctrl-C (SIGINT)" },
        { code: 143, vi: "dừng bởi SIGTERM", en: "stopped by SIGTERM" },
      ],
    },
    {
      vi: 'Với --json: mỗi dòng một đối tượng JSON ("progress", "result"), dòng cuối có ok, exitCode, errors.',
      en: 'With --json: one JSON object per line ("progress", "result"); the last line has ok, exitCode, errors.',
    },
  );
  profileOptions(command, "hồ sơ thay cho hồ sơ của mỗi văn bản, cùng họ / render with this profile instead of each document's (same family)")
    .action(
      failuresAsDoneLine(async (args: string[], flags: BatchFlags) => {
      const choice = profileChoice(flags);
      const format = usage("--format", () => outputFormat(flags.format));
      const outDir = resolve(flags.outDir);
      const reportPath = resolve(flags.report ?? join(outDir, "vanban-report.json"));
      const defaults = flags.defaults ? readDefaultsFile(flags.defaults, choice) : undefined;
      const inputs = await collectInputs(args, { exclude: [outDir, reportPath] });
      if (!inputs.length) throw new UsageError("<inputs>", "không có đầu vào .json/.txt", "no .json or .txt inputs found");

      // The folder's lock first (issue 14): nothing in it, nor the report's temporary files,
      // is touched before, so a second batch on the same folder leaves the running one alone.
      for (const dir of [outDir, dirname(reportPath)]) {
        try {
          mkdirSync(dir, { recursive: true });
        } catch (error) {
          throw asFileError(error, dir, "write");
        }
      }
      const unlock = lockOutputDir(outDir);
      let report: BatchReport;
      try {
        removeStaleTemps(dirname(reportPath), (name) => isTempFor(name, basename(reportPath)));
        report = new BatchReport(reportPath);
      } catch (error) {
        unlock();
        throw asFileError(error, reportPath, "write");
      }
      const controller = new AbortController();
      const stopNow = new AbortController();
      let stoppedBy: NodeJS.Signals | undefined;
      const display = progressDisplay(inputs.length);
      const progressLine = flags.json ? jsonProgress() : undefined;
      const exitCode = (signal: NodeJS.Signals) => (signal === "SIGINT" ? 130 : 143);
      // The last resort when the batch does not wind up promptly after a second signal.
      const abandonNow = (signal: NodeJS.Signals) => {
        report.abandon();
        removeStaleTemps(outDir, isBatchFile);
        unlock();
        process.exit(exitCode(signal));
      };
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopNow.signal.aborted) return;
        if (stoppedBy) {
          // A second signal: stop now. The workers are terminated, inputs in progress fail,
          // temporary files go, the lock is released; outputs already renamed stay whole.
          display.stop();
          process.stderr.write(`vanban batch: dừng ngay / stopping at once (${signal})\n`);
          stopNow.abort();
          setTimeout(() => abandonNow(signal), STOP_NOW_GRACE_MS).unref();
          return;
        }
        stoppedBy = signal;
        process.stderr.write(`\nvanban batch: đang dừng / stopping (${signal}): finishing the documents in progress…\n`);
        controller.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);

      const finished = new Uint8Array(inputs.length);
      const failures: BatchResult[] = [];
      const started = performance.now();
      const summary: ReportSummary = { format, total: inputs.length, ok: 0, failed: 0, skipped: 0, pages: 0, seconds: 0, interrupted: false };
      try {
        const results = renderBatch(inputs, {
          outDir,
          format,
          ...(flags.jobs ? { jobs: flags.jobs } : {}),
          ...(flags.resume ? { resume: true } : {}),
          ...(defaults ? { defaults } : {}),
          ...(flags.preset ? { preset: flags.preset } : {}),
          ...(flags.ocr ? { ocr: { enabled: true } } : {}),
          ...(flags.timeout ? { timeoutMs: flags.timeout * 1000 } : {}),
          locked: true,
          ...(choice.profile ? { profile: choice.profile } : {}),
          ...(choice.layouts ? { layouts: [...choice.layouts] } : {}),
          signal: controller.signal,
          stopNow: stopNow.signal,
          onProgress: (p) => {
            display.update(p);
            progressLine?.(p);
          },
        });
        for await (const result of results) {
          finished[result.index] = 1;
          summary[result.status]++;
          if (result.status === "ok") summary.pages += result.pages ?? 0;
          if (result.ocrMs !== undefined) summary.ocrSeconds = Math.round((summary.ocrSeconds ?? 0) * 1000 + result.ocrMs) / 1000;
          if (result.status === "failed") {
            display.failure(result);
            if (failures.length < FAILURES_SHOWN) failures.push(result);
          }
          report.add(BatchReport.entryOf(result));
          if (flags.json) printJson(BatchResultJson, resultLine(result));
        }
      } catch (error) {
        display.stop();
        report.abandon();
        unlock();
        throw error;
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
      display.stop();
      if (stopNow.signal.aborted) {
        // Stopped at once: no summary, no report (the previous one, if any, stays).
        report.abandon();
        unlock();
        process.stderr.write(`vanban batch: đã dừng ngay / stopped at once; nothing half-written is left\n`);
        process.exit(exitCode(stoppedBy!));
      }

      // Inputs never started because the batch was stopped are in the report too.
      inputs.forEach((input, i) => {
        if (finished[i]) return;
        summary.skipped++;
        report.add({ input, status: "skipped", reason: "Chưa xử lý: đã dừng / not started: the batch was stopped", warnings: [] });
      });
      summary.interrupted = stoppedBy !== undefined;
      summary.seconds = Math.round(performance.now() - started) / 1000;
      try {
        report.finish(summary);
      } finally {
        unlock();
      }

      if (!display.liveFailures) for (const f of failures) process.stderr.write(`✗ ${f.input}: ${f.error ?? "failed"}\n`);
      if (!display.liveFailures && summary.failed > failures.length) process.stderr.write(`… ${summary.failed - failures.length} more in the report\n`);
      const rendered = summary.ok + summary.failed;
      const rate = summary.seconds > 0 ? (rendered / summary.seconds).toFixed(1) : "–";
      const code = stoppedBy ? exitCode(stoppedBy) : summary.failed ? 1 : 0;
      if (flags.json) printJson(BatchDoneJson, { command: "batch", event: "done", ok: code === 0, exitCode: code, errors: [], summary, report: reportPath });
      else {
        process.stdout.write(
          `vanban batch: ${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped; ${format === "pdf" ? `${summary.pages} pages` : format.toUpperCase()} in ${summary.seconds.toFixed(1)} s (${rate} docs/s)${summary.ocrSeconds !== undefined ? `; OCR ${summary.ocrSeconds.toFixed(1)} s` : ""}${summary.interrupted ? "; interrupted" : ""}\n` +
            `report: ${reportPath}\n`,
        );
      }
      if (code) process.exitCode = code;
    }),
    );
}

/** A batch that cannot start (or stops on an error): its "done" line under --json, else stderr. */
function failed(error: unknown, flags: BatchFlags): void {
  const exitCode = exitCodeOf(error);
  if (flags.json) printJson(BatchDoneJson, { command: "batch", event: "done", ok: false, exitCode, errors: issuesOf(error), summary: null, report: null });
  else process.stderr.write(`vanban batch: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = exitCode;
}

/** The batch's work, with what it throws reported by `failed`. */
function failuresAsDoneLine(work: (args: string[], flags: BatchFlags) => Promise<void>) {
  return (args: string[], flags: BatchFlags): Promise<void> => work(args, flags).catch((error: unknown) => failed(error, flags));
}
