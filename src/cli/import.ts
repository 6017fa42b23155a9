import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { readDefaultsFile } from "./defaults-file.js";
import type { DocumentIssue } from "../model/errors.js";
import { DocumentError } from "../model/errors.js";
import type { FieldOrigins, ImportDefaults, ImportWarning } from "../readers/archive/index.js";
import { importFile } from "../readers/registry.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { readFileBytes } from "../util/text-file.js";
import { FileError } from "../util/file-error.js";
import { readStdinBytes, STDIO } from "./stdio.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import { loadProfile, type ProfileChoice } from "../layout/load.js";

export interface ImportFlags extends ProfileFlags {
  defaults?: string;
  outDir?: string;
  json?: boolean;
  /** Scanned PDF pages are read by OCR (issue 15: Tesseract with its Vietnamese model). */
  ocr?: boolean;
}

/** What happened to one input; `--json` prints a list of these. */
export interface ImportReport {
  file: string;
  /** The input imported into a valid document. */
  ok: boolean;
  warnings: ImportWarning[];
  errors: DocumentIssue[];
  fields: FieldOrigins;
  /** The document JSON written, or null when nothing could be written. */
  output: string | null;
}

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const HELP = `
Mỗi tệp đầu vào cho một tệp JSON văn bản / one document JSON per input:
  with --out-dir DIR   DIR/NAME.json
  without              NAME.json next to the input (NAME.imported.json if the input is NAME.json)
  Two inputs with the same NAME get NAME.json, NAME-2.json, … Files are written atomically.
  A document that is still incomplete is written too, with the errors listed, so that it can
  be completed by hand.

Tệp mặc định / defaults file (--defaults): JSON with what the texts lack, e.g.
  { "profile": "union", "issuer": { "superior": ["TỔNG LĐLĐ VIỆT NAM"], "body": ["LĐLĐ TỈNH LAI CHÂU"] },
    "place": "Lai Châu" }
  What a text contains always wins over a default.

Mã thoát / exit code: 0 when every input imported into a valid document, 1 otherwise.
`;

function describe(error: unknown): string {
  if (error instanceof DocumentError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Output paths for every input, in order: DIR/NAME.json or next to the input, never the input itself, never twice. */
export function outputPaths(files: readonly string[], outDir: string | undefined): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    if (file === STDIO && !outDir) return STDIO; // standard input → the document on standard output
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

async function importOne(file: string, output: string, defaults: ImportDefaults, choice: ProfileChoice, ocr = false): Promise<ImportReport> {
  let bytes: Uint8Array;
  try {
    bytes = file === STDIO ? readStdinBytes() : await readFileBytes(file);
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
  const result = await importFile(bytes, {
    name: file,
    defaults,
    ...(choice.profile ? { profile: choice.profile } : {}),
    ...(choice.layouts ? { layouts: [...choice.layouts] } : {}),
    ...(ocr ? { ocr: { enabled: true } } : {}),
  });
  const report: ImportReport = { file, ok: result.ok, warnings: result.warnings, errors: result.errors, fields: result.fields, output };
  // A file with nothing readable (a scan, a corrupt file, a .doc) gets no document file.
  if (Object.keys(result.document).length === 0) return { ...report, output: null };
  try {
    const json = `${JSON.stringify(result.document, null, 2)}\n`;
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
  const target = r.output ? ` → ${r.output}` : "";
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
  try {
    choice = profileChoice(flags);
    if (flags.defaults) defaults = readDefaultsFile(flags.defaults, choice);
    // An unknown --profile is named once, with the known ids, rather than once per input.
    if (choice.profile) loadProfile(choice.profile, choice);
  } catch (error) {
    out.stderr(`vanban import: ${describe(error)}\n`);
    return 1;
  }
  const outputs = outputPaths(files, flags.outDir);
  const reports: ImportReport[] = [];
  for (const [i, file] of files.entries()) reports.push(await importOne(file, outputs[i]!, defaults, choice, flags.ocr === true));
  // With a document on standard output, the reports go to standard error.
  if (outputs.includes(STDIO)) out = { stdout: out.stderr, stderr: out.stderr };
  if (flags.json) out.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else {
    for (const r of reports) out.stdout(`${summary(r)}\n`);
    const valid = reports.filter((r) => r.ok).length;
    out.stdout(`\n${valid}/${reports.length} hợp lệ / imported into valid documents\n`);
  }
  return reports.every((r) => r.ok) ? 0 : 1;
}

export function registerImport(program: Command): void {
  const command = program
    .command("import")
    .description("Đọc văn bản lưu trữ (văn bản thuần, OCR, markdown, Word .docx, PDF) thành JSON văn bản / import archived documents")
    .argument("<files...>", 'text files (UTF-8, UTF-16 with a byte-order mark, TCVN3, VNI), .docx, .pdf with a text layer; "-" reads standard input and writes the document JSON to standard output')
    .option("--defaults <file>", "JSON with the profile, issuer, place … the texts lack")
    .option("--out-dir <dir>", "folder for the document JSON files (NAME.txt → DIR/NAME.json)")
    .option("--json", "print the reports as JSON: [{ file, ok, warnings, errors, fields, output }]")
    .option("--ocr", "đọc trang quét bằng OCR (cần tesseract-ocr, tesseract-ocr-vie) / read scanned PDF pages by OCR (needs tesseract-ocr, tesseract-ocr-vie)")
    .addHelpText("after", HELP);
  profileOptions(command, "hồ sơ của các văn bản (khi văn bản không cho thấy họ khác) / profile of the texts, e.g. my-province (`vanban profile list`)")
    .action(async (files: string[], flags: ImportFlags) => {
      const code = await importFiles(files, flags, {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
      });
      if (code !== 0) process.exitCode = code;
    });
}
