import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { readDefaultsFile } from "./defaults-file.js";
import { DocumentError } from "../model/errors.js";
import type { ImportDefaults } from "../readers/archive/index.js";
import { readers } from "./lazy.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { readFileBytes } from "../util/text-file.js";
import { FileError } from "../util/file-error.js";
import { isStdin, isStreamInput, readStdinBytes, stdinAtMostOnce, STDIO } from "./stdio.js";
import { EXIT, UsageError } from "./cli-error.js";
import { ImportJson, printJson, type ImportFileJson } from "./json-output.js";
import { processOutput, reportFailure, type Output } from "./failure.js";
import { withHelp } from "./help.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import { loadProfile, type ProfileChoice } from "../layout/load.js";

export interface ImportFlags extends ProfileFlags {
  defaults?: string;
  outDir?: string;
  json?: boolean;
  /** Scanned PDF pages are read by OCR (issue 15: Tesseract with its Vietnamese model). */
  ocr?: boolean;
}

/** What happened to one input; `--json` prints them as `files` (json-output.ts, ImportJson). */
export type ImportReport = ImportFileJson;

export type { Output };

const NOTES = `
Mỗi tệp đầu vào cho một tệp JSON văn bản / one document JSON per input:
  có --out-dir DIR / with --out-dir DIR:    DIR/NAME.json
  không có / without:    NAME.json cạnh tệp vào / next to the input (NAME.imported.json if the input is NAME.json)
  stdin, FIFO, /dev/…:   ra stdout (trong báo cáo với --json) / to standard output (inside the report with --json)
  Hai tệp cùng NAME: NAME.json, NAME-2.json … / two inputs with the same NAME get NAME.json, NAME-2.json, …
  Văn bản còn thiếu vẫn được ghi, kèm lỗi, để hoàn thiện bằng tay.
  A document that is still incomplete is written too, with the errors listed, to be completed by hand.

Tệp mặc định / defaults file (--defaults): JSON những gì văn bản thiếu / JSON with what the texts lack, e.g.
  { "profile": "union", "issuer": { "superior": ["TỔNG LĐLĐ VIỆT NAM"], "body": ["LĐLĐ TỈNH LAI CHÂU"] },
    "place": "Lai Châu" }
  Nội dung văn bản luôn thắng giá trị mặc định / what a text contains always wins over a default.`;

function describe(error: unknown): string {
  if (error instanceof DocumentError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Output paths for every input, in order: DIR/NAME.json or next to the input, never the input itself, never twice. */
export function outputPaths(files: readonly string[], outDir: string | undefined): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    // Standard input, a FIFO, a device: no folder to write next to (never "/dev/stdin.json").
    if (isStreamInput(file) && !outDir) return STDIO;
    const name = basename(file, extname(file));
    const dir = outDir ?? dirname(file);
    let stem = name;
    if (resolve(join(dir, `${stem}.json`)) === resolve(file)) stem = `${name}.imported`;
    let candidate = join(dir, `${stem}.json`);
    for (let n = 2; taken.has(resolve(candidate)); n++) candidate = join(dir, `${stem}-${n}.json`);
    taken.add(resolve(candidate));
    return candidate;
  });
}

/** Usage errors of the inputs, before any is read: stdin once, one document at most on standard output. */
function checkInputs(files: readonly string[], outputs: readonly string[]): void {
  stdinAtMostOnce(files);
  if (outputs.filter((o) => o === STDIO).length > 1) {
    throw new UsageError("--out-dir", "nhiều đầu vào không phải tệp thường (stdin, FIFO, /dev/…): dùng --out-dir", "several inputs that are not regular files (stdin, FIFO, /dev/…): use --out-dir");
  }
}

/** `inReport`: a document for standard output goes inside the --json report, not before it. */
async function importOne(file: string, output: string, defaults: ImportDefaults, choice: ProfileChoice, inReport: boolean, ocr = false): Promise<ImportReport> {
  let bytes: Uint8Array;
  try {
    bytes = isStdin(file) ? await readStdinBytes() : await readFileBytes(file);
  } catch (error) {
    const reason = describe(error);
    const [vi, en] = error instanceof FileError ? [error.vi, error.en] : [reason, reason];
    return {
      file,
      ok: false,
      warnings: [],
      errors: [{ path: "(file)", vi: `không đọc được tệp: ${vi}`, en: `cannot read the file: ${en}` }],
      fields: {},
      output: null,
    };
  }
  const { importFile } = await readers();
  const result = await importFile(bytes, {
    name: file,
    defaults,
    ...(choice.profile ? { profile: choice.profile } : {}),
    ...(choice.layouts ? { layouts: [...choice.layouts] } : {}),
    ...(ocr ? { ocr: { enabled: true } } : {}),
  });
  const json = `${JSON.stringify(result.document, null, 2)}\n`;
  const written = { path: output, format: "json" as const, bytes: Buffer.byteLength(json), pages: null };
  const report: ImportReport = { file, ok: result.ok, warnings: result.warnings, errors: result.errors, fields: result.fields, output: written };
  // A file with nothing readable (a scan, a corrupt file, a .doc) gets no document file.
  if (Object.keys(result.document).length === 0) return { ...report, output: null };
  if (output === STDIO && inReport) return { ...report, document: result.document };
  try {
    if (output === STDIO) process.stdout.write(json);
    else writeFileAtomicSync(output, json);
  } catch (error) {
    const [vi, en] = error instanceof FileError ? [`${error.path}: ${error.vi}`, `${error.path}: ${error.en}`] : [describe(error), describe(error)];
    return { ...report, ok: false, output: null, errors: [...report.errors, { path: "(output)", vi: `không ghi được tệp: ${vi}`, en: `cannot write the file: ${en}` }] };
  }
  return report;
}

/** The line a warning is about, shortened for the terminal. */
function quote(text: string): string {
  const t = text.replace(/\s+/gu, " ").trim();
  if (!t) return "";
  return `: "${t.length > 70 ? `${t.slice(0, 69)}…` : t}"`;
}

function summary(r: ImportReport): string {
  const lines: string[] = [];
  const target = r.output ? ` → ${r.output.path === STDIO ? "stdout" : r.output.path}` : "";
  const status = r.ok ? "✓ hợp lệ / valid" : "✗ chưa hợp lệ / invalid";
  const fromDefaults = Object.entries(r.fields)
    .filter(([, origin]) => origin === "default")
    .map(([name]) => name);
  const counts = [`${r.warnings.length} cảnh báo / warnings`];
  if (r.errors.length) counts.push(`${r.errors.length} lỗi / errors`);
  if (fromDefaults.length) counts.push(`mặc định / from defaults: ${fromDefaults.join(", ")}`);
  lines.push(`${r.file}${target}  ${status} (${counts.join("; ")})`);
  for (const e of r.errors) lines.push(`  ✗ ${e.path}: ${e.vi} / ${e.en}`);
  for (const w of r.warnings) lines.push(`  line ${w.line} [${w.code}] ${w.vi} / ${w.en}${quote(w.text)}`);
  return lines.join("\n");
}

/**
 * Imports every file; no input stops the others. Returns the exit code: 0 when every input
 * imported into a valid document, 1 otherwise.
 */
export async function importFiles(files: readonly string[], flags: ImportFlags, out: Output): Promise<number> {
  let defaults: ImportDefaults = {};
  let choice: ProfileChoice;
  const outputs = outputPaths(files, flags.outDir);
  try {
    checkInputs(files, outputs);
    choice = profileChoice(flags);
    if (flags.defaults) defaults = readDefaultsFile(flags.defaults, choice);
    // An unknown --profile is named once, with the known ids, rather than once per input.
    if (choice.profile) loadProfile(choice.profile, choice);
  } catch (error) {
    return reportFailure("import", flags.json, error, out);
  }
  const reports: ImportReport[] = [];
  for (const [i, file] of files.entries()) reports.push(await importOne(file, outputs[i]!, defaults, choice, flags.json === true, flags.ocr === true));
  const exitCode = reports.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
  if (flags.json) {
    printJson(ImportJson, { command: "import", ok: exitCode === EXIT.ok, exitCode, errors: [], files: reports }, { write: out.stdout });
    return exitCode;
  }
  // With a document on standard output, the reports go to standard error.
  const log = outputs.includes(STDIO) ? out.stderr : out.stdout;
  for (const r of reports) log(`${summary(r)}\n`);
  log(`\n${reports.filter((r) => r.ok).length}/${reports.length} hợp lệ / imported into valid documents\n`);
  return exitCode;
}

export function registerImport(program: Command): void {
  const command = program
    .command("import")
    .description("Đọc văn bản lưu trữ (văn bản thuần, OCR, markdown, Word .docx, PDF) thành JSON văn bản / import archived documents")
    .argument("<files...>", 'tệp văn bản (UTF-8, UTF-16, TCVN3, VNI), .docx, .pdf có lớp chữ; "-" đọc stdin, ghi JSON ra stdout / text files (UTF-8, UTF-16 with a byte-order mark, TCVN3, VNI), .docx, .pdf with a text layer; "-" reads standard input and writes the document JSON to standard output')
    .option("--defaults <file>", "JSON hồ sơ, cơ quan, địa danh … văn bản thiếu / JSON with the profile, issuer, place … the texts lack")
    .option("--out-dir <dir>", "thư mục cho các tệp JSON / folder for the document JSON files (NAME.txt → DIR/NAME.json)")
    .option("--json", "báo cáo JSON: { files: [{ file, ok, warnings, errors, fields, output }] } / the reports as JSON: { files: [{ file, ok, warnings, errors, fields, output }] }")
    .option("--ocr", "đọc trang quét bằng OCR (cần tesseract-ocr, tesseract-ocr-vie) / read scanned PDF pages by OCR (needs tesseract-ocr, tesseract-ocr-vie)");
  withHelp(command, {
    notes: NOTES,
    examples: [
      { command: "vanban import luu-tru/*.txt --defaults lai-chau.json --out-dir json/", vi: "mỗi tệp một JSON", en: "one JSON per file" },
      { command: "vanban import cong-van.docx", vi: "tạo cong-van.json", en: "writes cong-van.json" },
      { command: "cat scan.txt | vanban import - > van-ban.json", vi: "trong ống dẫn", en: "in a pipe" },
      { command: "vanban import - --json < scan.txt", vi: "văn bản nằm trong báo cáo (document)", en: "the document inside the report (document)" },
    ],
    failed: { vi: "một đầu vào chưa thành văn bản hợp lệ (vẫn được ghi khi đọc được)", en: "an input did not import into a valid document (still written when readable)" },
  });
  profileOptions(command, "hồ sơ của các văn bản (khi văn bản không cho thấy họ khác) / profile of the texts, e.g. my-province (`vanban profile list`)")
    .action(async (files: string[], flags: ImportFlags) => {
      const code = await importFiles(files, flags, processOutput);
      if (code !== 0) process.exitCode = code;
    });
}
