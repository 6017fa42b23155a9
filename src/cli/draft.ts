import { parseJsonText, readJsonFileSync } from "../util/json-file.js";
import type { Command } from "commander";
import { draftWithProfile, renderDraftFile, renderDraftText, type DraftFileOptions } from "../drafts/index.js";
import { describeError } from "../util/describe-error.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { readStdin, STDIO, writeStdout } from "./stdio.js";
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
  const format = outputFormat(flags.format ?? named);
  if (named && named !== format) {
    throw new Error(`-o ${flags.output} là tệp .${named} nhưng --format ${format} / -o names a .${named} file but --format is ${format}`);
  }
  return format;
}

function readData(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return file === STDIO ? parseJsonText(readStdin(), "-") : readJsonFileSync(file);
  } catch (error) {
    throw new Error(`Không đọc được dữ liệu JSON / cannot read the JSON data ${file}: ${describeError(error, file)}`);
  }
}

/** "2025-10-20" → that day at noon in Vietnam, for a reproducible {{year}} / {{today}}. */
function clock(now: string | undefined): Date | undefined {
  if (now === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(now) ? new Date(`${now}T12:00:00+07:00`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`--now cần ngày YYYY-MM-DD / --now expects a YYYY-MM-DD date: "${now}"`);
  return date;
}

export function registerDraft(program: Command): void {
  const command = program
    .command("draft")
    .description("Soạn văn bản từ mẫu Handlebars và dữ liệu JSON / draft a document from a template and JSON data")
    .argument("<template>", "template file (.hbs); its partials _NAME.hbs and NAME.schema.json sit next to it")
    .option("--data <file>", 'data JSON file; "-" reads standard input')
    .option("-o, --output <file>", 'write the PDF here (atomically); a .docx name writes Word; "-" writes to standard output')
    .option("--format <format>", "pdf or docx (default: from the -o name, else pdf)")
    .option("--json", "print the Document JSON")
    .option("--text", "print the document text the template produces")
    .option("--now <date>", "today's date for {{year}}, {{nextYear}}, {{today}} (YYYY-MM-DD)")
    .option("--no-strict", "let a missing variable print nothing instead of failing");
  profileOptions(command, "hồ sơ thay cho hồ sơ mẫu ghi, cùng họ / use this profile instead of the one the template names (same family)")
    .action(async (template: string, flags: DraftFlags) => {
      const outputs = [flags.output !== undefined, flags.json === true, flags.text === true].filter(Boolean).length;
      if (outputs !== 1) {
        process.stderr.write("vanban draft: chọn một trong -o FILE, --json, --text / choose one of -o FILE, --json, --text\n");
        process.exitCode = 2;
        return;
      }
      let now: Date | undefined;
      let format: OutputFormat;
      try {
        now = clock(flags.now);
        format = formatOf(flags);
      } catch (error) {
        process.stderr.write(`vanban draft: ${describeError(error)}\n`);
        process.exitCode = 2;
        return;
      }
      try {
        const data = readData(flags.data);
        const choice = profileChoice(flags);
        const options: DraftFileOptions = {
          strict: flags.strict,
          format,
          ...(choice.layouts ? { layouts: [...choice.layouts] } : {}),
          ...(choice.profile ? { profile: choice.profile } : {}),
        };
        if (now) options.now = now;
        if (flags.text) {
          process.stdout.write(renderDraftText(template, data, options));
          return;
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(draftWithProfile(template, data, options).document, null, 2)}\n`);
          return;
        }
        const { bytes } = await renderDraftFile(template, data, options);
        if (flags.output === STDIO) {
          writeStdout(bytes);
          return;
        }
        writeFileAtomicSync(flags.output!, bytes);
        process.stdout.write(`${template} → ${flags.output}\n`);
      } catch (error) {
        process.stderr.write(`${describeError(error, template)}\n`);
        process.exitCode = 1;
      }
    });
}
