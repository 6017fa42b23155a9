import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { describeError } from "../util/describe-error.js";
import { documentJsonSchema, parseDocument } from "../model/parse.js";
import { profileForDocument } from "../layout/load.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import { fontSetFromFiles, type RenderOptions } from "../writers/pdf/index.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { parseJsonText, readJsonFileSync } from "../util/json-file.js";
import { readStdin, STDIO, writeStdout } from "./stdio.js";
import { issuanceOptions, issuanceRenderOptions, refusePdfOnlyFlags, type IssuanceFlags } from "./issuance-flags.js";
import { outputFormat, type OutputFormat } from "../writers/output-format.js";
import { renderAs } from "../writers/render-as.js";

interface RenderFlags extends ProfileFlags, IssuanceFlags {
  output?: string;
  outDir?: string;
  preset?: string;
  fonts?: string;
  json?: boolean;
  format?: string;
}

/** One input's outcome, as --json prints it. */
interface RenderReport {
  file: string;
  ok: boolean;
  output: string | null;
  error?: string;
}

/** "--fonts regular.ttf,bold.ttf,italic.ttf,bolditalic.ttf" → the four faces of a caller's font. */
function fontFiles(list: string | undefined): RenderOptions["fonts"] {
  if (!list) return undefined;
  const files = list.split(",").map((f) => f.trim());
  if (files.length !== 4 || files.some((f) => !f)) {
    throw new Error("--fonts cần 4 tệp: thường,đậm,nghiêng,đậm nghiêng / --fonts takes 4 files: regular,bold,italic,bolditalic");
  }
  const [normal, bold, italics, bolditalics] = files as [string, string, string, string];
  return fontSetFromFiles({ normal, bold, italics, bolditalics });
}

/** Where one input's output goes: -o for a single input, else DIR/NAME.pdf (.docx), else next to the input. */
function outputPath(file: string, flags: RenderFlags, format: OutputFormat): string {
  if (flags.output) return flags.output;
  if (file === STDIO) return flags.outDir ? join(flags.outDir, `stdin.${format}`) : STDIO;
  const name = `${basename(file, extname(file))}.${format}`;
  return flags.outDir ? join(flags.outDir, name) : `${file.replace(/\.json$/i, "")}.${format}`;
}

export function registerRender(program: Command): void {
  const command = program
    .command("render")
    .description("Kết xuất văn bản JSON ra PDF hoặc DOCX / render document JSON files to PDF or DOCX")
    .argument("<files...>", 'document JSON files; "-" reads standard input')
    .option("-o, --output <file>", 'output file (one input only); "-" writes standard output')
    .option("--out-dir <dir>", "folder for the PDFs (NAME.json → DIR/NAME.pdf)")
    .option("--preset <name>", 'profile preset, e.g. "decree-example"')
    .option("--fonts <files>", "your own Times New Roman: regular,bold,italic,bolditalic .ttf files")
    .option("--format <format>", "pdf (default) or docx (Word, editable; the source kept inside)")
    .option("--json", "print a report as JSON: [{ file, ok, output, error? }]")
    .addHelpText(
      "after",
      `
Ví dụ / examples:
  vanban render van-ban.json                     # → van-ban.pdf
  vanban render *.json --out-dir pdf/ --format docx
  cat van-ban.json | vanban render - -o - > van-ban.pdf
Mã thoát / exit codes: 0 all rendered, 1 some input failed (the others are still rendered).`,
    );
  issuanceOptions(command);
  profileOptions(command, "hồ sơ thay cho hồ sơ của văn bản, cùng họ (vd. party-2026) / render with this profile instead of the document's (same family)")
    .action(async (files: string[], flags: RenderFlags) => {
      if (flags.output && files.length > 1) {
        throw new Error("-o chỉ dùng với một tệp / -o takes exactly one input; use --out-dir for several");
      }
      const format = outputFormat(flags.format);
      refusePdfOnlyFlags(flags, format);
      const fonts = fontFiles(flags.fonts);
      const choice = profileChoice(flags);
      const options: RenderOptions = {
        ...(flags.preset ? { preset: flags.preset } : {}),
        ...(fonts ? { fonts } : {}),
        ...issuanceRenderOptions(flags),
      };
      const reports: RenderReport[] = [];
      for (const file of files) {
        try {
          const doc = parseDocument(file === STDIO ? parseJsonText(readStdin(), "-") : readJsonFileSync(file));
          const bytes = await renderAs(format, doc, { ...options, profile: profileForDocument(doc.profile, choice) });
          const out = outputPath(file, flags, format);
          if (out === STDIO) writeStdout(bytes);
          else writeFileAtomicSync(out, bytes);
          reports.push({ file, ok: true, output: out });
          // With the file on standard output, what happened goes to standard error.
          if (!flags.json) (out === STDIO ? process.stderr : process.stdout).write(`${file} → ${out === STDIO ? "stdout" : out}\n`);
        } catch (error) {
          // The report's error stands alone (it names the path); the line on stderr has the file before it.
          reports.push({ file, ok: false, output: null, error: describeError(error) });
          process.stderr.write(`${file}: ${describeError(error, file)}\n`);
        }
      }
      if (flags.json) (reports.some((r) => r.output === STDIO) ? process.stderr : process.stdout).write(`${JSON.stringify(reports, null, 2)}\n`);
      if (reports.some((r) => !r.ok)) process.exitCode = 1;
    });
}

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("In JSON Schema của mô hình văn bản / print the document model's JSON Schema")
    .action(() => {
      process.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    });
}
