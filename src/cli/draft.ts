import { parseJsonText, readJsonFileSync } from "../util/json-file.js";
import type { Command } from "commander";
import { renderDraft, renderDraftText, type DraftOptions } from "../drafts/index.js";
import { describeError } from "../util/describe-error.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { renderPdf } from "../writers/pdf/index.js";
import { readStdin, STDIO, writeStdout } from "./stdio.js";
import { renderDocx } from "../writers/docx/index.js";
import { profileForDocument } from "../layout/load.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";

interface DraftFlags extends ProfileFlags {
  data?: string;
  output?: string;
  json?: boolean;
  text?: boolean;
  now?: string;
  strict: boolean;
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
    .option("-o, --output <file>", 'write the PDF here (atomically); a .docx name writes Word; "-" writes the PDF to standard output')
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
      try {
        now = clock(flags.now);
      } catch (error) {
        process.stderr.write(`vanban draft: ${describeError(error)}\n`);
        process.exitCode = 2;
        return;
      }
      try {
        const data = readData(flags.data);
        const choice = profileChoice(flags);
        const options: DraftOptions = { strict: flags.strict, ...(choice.layouts ? { layouts: [...choice.layouts] } : {}) };
        if (now) options.now = now;
        if (flags.text) {
          process.stdout.write(renderDraftText(template, data, options));
          return;
        }
        const drafted = renderDraft(template, data, options);
        const profile = profileForDocument(drafted.profile, choice);
        const doc = { ...drafted, profile: profile.id };
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
          return;
        }
        if (flags.output === STDIO) {
          writeStdout(await renderPdf(doc, { profile }));
          return;
        }
        // -o NAME.docx writes Word (src/writers/docx), anything else PDF.
        const render = /\.docx$/iu.test(flags.output!) ? renderDocx : renderPdf;
        writeFileAtomicSync(flags.output!, await render(doc, { profile }));
        process.stdout.write(`${template} → ${flags.output}\n`);
      } catch (error) {
        process.stderr.write(`${describeError(error, template)}\n`);
        process.exitCode = 1;
      }
    });
}
