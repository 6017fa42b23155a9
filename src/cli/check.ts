import { readFileBytes } from "../util/text-file.js";
import { decodeBytes } from "../readers/decode/decode-bytes.js";
import { detectType } from "../readers/input-type.js";
import { readers } from "./lazy.js";
import { parseJsonText } from "../util/json-file.js";
import { FileError } from "../util/file-error.js";
import type { Command } from "commander";
import { readDefaultsFile } from "./defaults-file.js";
import { checkData, checkText, formatReport, hasErrors, parseDay, summarize, unreadable, type FileFindings } from "../check/index.js";
import type { CheckOptions } from "../check/context.js";
import type { Issuer } from "../model/document.js";
import { loadProfile } from "../layout/load.js";
import { DocumentError } from "../model/errors.js";
import { collect, profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import type { CheckTextOptions } from "../check/check-text.js";
import { describeError } from "../util/describe-error.js";
import { isStdin, readStdinBytes, stdinAtMostOnce } from "./stdio.js";
import { UsageError } from "./cli-error.js";
import { failuresReported } from "./failure.js";
import { CheckJson, jsonOption, printJson } from "./json-output.js";
import { withHelp } from "./help.js";

interface CheckFlags extends ProfileFlags {
  json?: boolean;
  now?: string;
  allowFuture?: boolean;
  place?: string;
  superior?: string[];
  issuer?: string[];
  defaults?: string;
}

function errorText(error: unknown, file: string): { vi: string; en: string } {
  if (error instanceof SyntaxError) return { vi: `JSON không hợp lệ: ${error.message}`, en: `Invalid JSON: ${error.message}` };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return { vi: `Không tìm thấy tệp: ${file}`, en: `File not found: ${file}` };
  if (code === "EISDIR") return { vi: `Là một thư mục, không phải tệp: ${file}`, en: `Is a folder, not a file: ${file}` };
  if (error instanceof FileError) return { vi: `Không đọc được tệp ${file}: ${error.vi}`, en: `Cannot read the file ${file}: ${error.en}` };
  const message = describeError(error, file);
  return { vi: `Không đọc được tệp: ${message}`, en: `Cannot read the file: ${message}` };
}

/** The import options for .txt archives, from the flags (the issuer and place OCR tends to lose). */
function importOptions(flags: CheckFlags): Omit<CheckTextOptions, keyof CheckOptions> {
  const out: Omit<CheckTextOptions, keyof CheckOptions> = {};

  if (flags.place) out.place = flags.place;
  if (flags.issuer?.length) {
    const issuer: Issuer = { body: flags.issuer };
    if (flags.superior?.length) issuer.superior = flags.superior;
    out.issuer = issuer;
  }
  if (flags.defaults) out.defaults = readDefaultsFile(flags.defaults, profileChoice(flags));
  return out;
}

function checkOptions(flags: CheckFlags): CheckOptions {
  const options: CheckOptions = {};
  if (flags.now) {
    const now = parseDay(flags.now);
    if (!now) throw new UsageError("--now", `--now cần dạng YYYY-MM-DD, nhận "${flags.now}"`, `--now expects YYYY-MM-DD, got "${flags.now}"`);
    options.now = now;
  }
  if (flags.allowFuture) options.allowFutureDate = true;
  const choice = profileChoice(flags);
  if (choice.layouts) options.layouts = [...choice.layouts];
  if (choice.profile) {
    // An unknown id is a usage error, named with the known ones, before any file is read.
    try {
      loadProfile(choice.profile, choice);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      const issue = error.issues[0]!;
      throw new UsageError("--profile", issue.vi, issue.en);
    }
    options.profile = choice.profile;
  }
  return options;
}

async function checkFile(file: string, options: CheckOptions, textOptions: Omit<CheckTextOptions, keyof CheckOptions>): Promise<FileFindings> {
  const { extractFile, UnreadableFileError } = await readers();
  try {
    const bytes = isStdin(file) ? await readStdinBytes() : await readFileBytes(file);
    // Standard input has no name: its type is found from its bytes.
    const type = detectType(bytes, file);
    if (type === "json") return { file, findings: checkData(parseJsonText(decodeBytes(bytes).text, file), options) };
    // Word, PDF and legacy-encoded files are judged on the text their reader extracts.
    const extracted = await extractFile(bytes, type);
    return { file, findings: checkText(extracted.text, { ...textOptions, ...options }) };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { file, findings: [unreadable(error.reason)] };
    return { file, findings: [unreadable(errorText(error, file))] };
  }
}


export function registerCheck(program: Command): void {
  const command = program
    .command("check")
    .description("Kiểm tra văn bản theo quy định thể thức / check documents against the layout rules (spec §9)")
    .argument("<files...>", 'tệp .json, văn bản lưu trữ, .docx, .pdf; "-" đọc stdin / document .json files, or archived texts, .docx or .pdf files; "-" reads standard input');
  jsonOption(command, "kết quả dạng JSON: { files: [{ file, findings }], summary }", "machine-readable findings: { files: [{ file, findings }], summary }")
    .option("--now <YYYY-MM-DD>", "ngày lập để so với ngày ban hành (R-DATE-3) / generation date")
    .option("--allow-future", "chấp nhận ngày ban hành sau ngày lập / accept a future date")
    .option("--place <name>", ".txt: địa danh mặc định / default place")
    .option("--superior <line>", ".txt: cơ quan cấp trên, mỗi dòng một lần / superior body line (repeatable)", collect)
    .option("--issuer <line>", ".txt: cơ quan ban hành, mỗi dòng một lần / issuing body line (repeatable)", collect)
    .option("--defaults <file>", ".txt: tệp JSON các trường mặc định / JSON file of default fields");
  withHelp(command, {
    examples: [
      { command: "vanban check examples/*.json", vi: "kiểm tra các tệp JSON", en: "check JSON documents" },
      { command: "vanban check cong-van.docx --now 2025-01-01", vi: "kiểm tra tệp Word", en: "check a Word file" },
      { command: "vanban check scan.txt --profile union --place 'Lai Châu' --json", vi: "văn bản lưu trữ, kết quả JSON", en: "an archived text, JSON findings" },
    ],
    failed: { vi: "có lỗi (error) trong một tệp, hoặc tệp không đọc được; cảnh báo không đổi mã", en: "an error finding in a file, or an unreadable file; warnings do not change the code" },
  });
  profileOptions(command, "hồ sơ để kiểm tra (cùng họ với văn bản; với .txt: hồ sơ của văn bản lưu trữ) / profile to check with (`vanban profile list`)")
    .action((files: string[], flags: CheckFlags) => failuresReported("check", flags.json, () => check(files, flags)));
}

async function check(files: string[], flags: CheckFlags): Promise<void> {
  stdinAtMostOnce(files);
  const options = checkOptions(flags);
  const textOptions = importOptions(flags);
  const results: FileFindings[] = [];
  for (const file of files) results.push(await checkFile(file, options, textOptions));
  const exitCode = results.some((r) => hasErrors(r.findings)) ? 1 : 0;
  if (flags.json) printJson(CheckJson, { command: "check", ok: exitCode === 0, exitCode, errors: [], files: results, summary: summarize(results) });
  else process.stdout.write(formatReport(results));
  if (exitCode) process.exitCode = exitCode;
}
