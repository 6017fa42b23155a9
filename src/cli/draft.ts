import { parseJsonText, readJsonFileSync } from "../util/json-file.js";
import type { Command } from "commander";
import type { DraftFileOptions } from "../drafts/index.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { isStdin, readStdin, STDIO, writeStdout } from "./stdio.js";
import { FileError } from "../util/file-error.js";
import { issuesOf, usage, UsageError } from "./cli-error.js";
import { failuresReported } from "./failure.js";
import { withHelp } from "./help.js";
import { DraftJson, printJson, type WrittenJson } from "./json-output.js";
import { writerFor } from "./lazy.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import { outputFormat, type OutputFormat } from "../writers/output-format.js";

interface DraftFlags extends ProfileFlags {
  data?: string;
  output?: string;
  json?: boolean;
  text?: boolean;
  now?: string;
  strict: boolean;
  format?: string;
}

/** --format, else the -o name's extension (.docx writes Word), else PDF; --format and a .pdf/.docx name must agree. */
function formatOf(flags: DraftFlags): OutputFormat {
  const named = flags.output && flags.output !== STDIO ? /\.(pdf|docx)$/iu.exec(flags.output)?.[1]?.toLowerCase() : undefined;
  const format = usage("--format", () => outputFormat(flags.format ?? named));
  if (named && named !== format) {
    throw new UsageError("--format", `-o ${flags.output} là tệp .${named} nhưng --format ${format}`, `-o names a .${named} file but --format is ${format}`);
  }
  return format;
}

async function readData(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return isStdin(file) ? parseJsonText(await readStdin(), file) : readJsonFileSync(file);
  } catch (error) {
    const reasons = issuesOf(error, file);
    const [vi, en] = [reasons.map((r) => r.vi).join("; "), reasons.map((r) => r.en).join("; ")];
    throw new FileError(file, { vi: `không đọc được dữ liệu JSON: ${vi}`, en: `cannot read the JSON data: ${en}` });
  }
}

/** "2025-10-20" → that day at noon in Vietnam, for a reproducible {{year}} / {{today}}. */
function clock(now: string | undefined): Date | undefined {
  if (now === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(now) ? new Date(`${now}T12:00:00+07:00`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new UsageError("--now", `--now cần ngày YYYY-MM-DD: "${now}"`, `--now expects a YYYY-MM-DD date: "${now}"`);
  return date;
}

export function registerDraft(program: Command): void {
  const command = program
    .command("draft")
    .description("Soạn văn bản từ mẫu Handlebars và dữ liệu JSON / draft a document from a template and JSON data")
    .argument("<template>", "tệp mẫu .hbs (mẫu con _NAME.hbs, NAME.schema.json bên cạnh) / template file (.hbs); its partials _NAME.hbs and NAME.schema.json sit next to it")
    .option("--data <file>", 'tệp dữ liệu JSON; "-" đọc stdin / data JSON file; "-" reads standard input')
    .option("-o, --output <file>", 'ghi PDF vào đây; tên .docx ghi Word; "-" ghi ra stdout / write the PDF here (atomically); a .docx name writes Word; "-" writes to standard output')
    .option("--format <format>", "pdf hoặc docx (mặc định theo tên -o, không thì pdf) / pdf or docx (default: from the -o name, else pdf)")
    .option("--json", "báo cáo JSON có văn bản (document) và tệp đã ghi / a JSON report with the Document and the file written")
    .option("--text", "in văn bản mẫu tạo ra / print the document text the template produces")
    .option("--now <date>", "ngày hôm nay cho {{year}}, {{nextYear}}, {{today}} / today's date for {{year}}, {{nextYear}}, {{today}} (YYYY-MM-DD)")
    .option("--no-strict", "biến thiếu thì để trống thay vì báo lỗi / let a missing variable print nothing instead of failing");
  withHelp(command, {
    notes: `Cần -o FILE, --json hoặc --text (-o và --text không đi cùng nhau). Với -o - và --json: PDF trên stdout, báo cáo trên stderr.
Needs -o FILE, --json or --text (-o and --text exclude each other). With -o - and --json: the PDF on stdout, the report on stderr.`,
    examples: [
      { command: "vanban draft examples/drafts/ke-hoach-nam.hbs --data ke-hoach.data.json -o ke-hoach.pdf", vi: "soạn và ghi PDF", en: "draft and write the PDF" },
      { command: "vanban draft mau.hbs --data - --json < du-lieu.json", vi: "văn bản JSON trong báo cáo", en: "the Document JSON in the report" },
      { command: "vanban draft mau.hbs --data du-lieu.json --text", vi: "xem văn bản mẫu tạo ra", en: "see the text the template makes" },
    ],
    failed: { vi: "mẫu hoặc dữ liệu có lỗi; không ghi gì", en: "the template or the data has errors; nothing written" },
  });
  profileOptions(command, "hồ sơ thay cho hồ sơ mẫu ghi, cùng họ / use this profile instead of the one the template names (same family)")
    .action((template: string, flags: DraftFlags) => failuresReported("draft", flags.json, () => draft(template, flags)));
}

async function draft(template: string, flags: DraftFlags): Promise<void> {
  if (flags.output !== undefined && flags.text) throw new UsageError("-o", "-o và --text không dùng cùng nhau", "-o and --text exclude each other");
  if (flags.output === undefined && !flags.text && !flags.json) {
    throw new UsageError("-o", "chọn một trong -o FILE, --json, --text", "choose one of -o FILE, --json, --text");
  }
  const now = clock(flags.now);
  const format = formatOf(flags);
  const data = await readData(flags.data);
  const choice = profileChoice(flags);
  const { draftWithProfile, renderDraftText } = await import("../drafts/index.js");
  const options: DraftFileOptions = {
    strict: flags.strict,
    format,
    ...(choice.layouts ? { layouts: [...choice.layouts] } : {}),
    ...(choice.profile ? { profile: choice.profile } : {}),
  };
  if (now) options.now = now;
  const report = { command: "draft" as const, ok: true, exitCode: 0, errors: [], template };
  if (flags.text) {
    const text = renderDraftText(template, data, options);
    if (flags.json) printJson(DraftJson, { ...report, text, output: null });
    else process.stdout.write(text);
    return;
  }
  const { document: doc, profile } = draftWithProfile(template, data, options);
  if (flags.output === undefined) {
    printJson(DraftJson, { ...report, document: doc, output: null });
    return;
  }
  // As renderDraftFile writes it, with the PDF's page count for the report.
  const { bytes, pages } = await (await writerFor(format))(doc, { profile });
  if (flags.output === STDIO) writeStdout(bytes);
  else writeFileAtomicSync(flags.output, bytes);
  const output: WrittenJson = { path: flags.output, format, bytes: bytes.length, pages };
  if (flags.json) printJson(DraftJson, { ...report, document: doc, output }, flags.output === STDIO ? process.stderr : process.stdout);
  else if (flags.output !== STDIO) process.stdout.write(`${template} → ${flags.output}\n`);
}
