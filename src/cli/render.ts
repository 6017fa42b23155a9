import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { describeError } from "../util/describe-error.js";
import { documentJsonSchema, parseDocument } from "../model/parse.js";
import { profileForDocument } from "../layout/load.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import { fontSetFromFiles, renderPdf, type RenderOptions } from "../writers/pdf/index.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { readJsonFileSync } from "../util/json-file.js";
import { issuanceOptions, issuanceRenderOptions, type IssuanceFlags } from "./issuance-flags.js";
import { renderDocx } from "../writers/docx/index.js";

interface RenderFlags extends ProfileFlags, IssuanceFlags {
  output?: string;
  outDir?: string;
  preset?: string;
  fonts?: string;
  format?: string;
}

const FORMATS = ["pdf", "docx"] as const;
type Format = (typeof FORMATS)[number];

function formatOf(flags: RenderFlags): Format {
  const f = (flags.format ?? "pdf").toLowerCase();
  if (!(FORMATS as readonly string[]).includes(f)) {
    throw new Error(`--format "${flags.format}" không có; chọn pdf hoặc docx / unknown --format "${flags.format}"; use pdf or docx`);
  }
  return f as Format;
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
function outputPath(file: string, flags: RenderFlags, format: Format): string {
  if (flags.output) return flags.output;
  const name = `${basename(file, extname(file))}.${format}`;
  return flags.outDir ? join(flags.outDir, name) : `${file.replace(/\.json$/i, "")}.${format}`;
}

export function registerRender(program: Command): void {
  const command = program
    .command("render")
    .description("Kết xuất văn bản JSON ra PDF hoặc DOCX / render document JSON files to PDF or DOCX")
    .argument("<files...>", "document JSON files")
    .option("-o, --output <file>", "output PDF (one input only)")
    .option("--out-dir <dir>", "folder for the PDFs (NAME.json → DIR/NAME.pdf)")
    .option("--preset <name>", 'profile preset, e.g. "decree-example"')
    .option("--fonts <files>", "your own Times New Roman: regular,bold,italic,bolditalic .ttf files")
    .option("--format <format>", "pdf (default) or docx (Word, editable; the source kept inside)");
  issuanceOptions(command);
  profileOptions(command, "hồ sơ thay cho hồ sơ của văn bản, cùng họ (vd. party-2026) / render with this profile instead of the document's (same family)")
    .action(async (files: string[], flags: RenderFlags) => {
      if (flags.output && files.length > 1) {
        throw new Error("-o chỉ dùng với một tệp / -o takes exactly one input; use --out-dir for several");
      }
      const format = formatOf(flags);
      const fonts = fontFiles(flags.fonts);
      const choice = profileChoice(flags);
      const options: RenderOptions = {
        ...(flags.preset ? { preset: flags.preset } : {}),
        ...(fonts ? { fonts } : {}),
        ...issuanceRenderOptions(flags),
      };
      let failed = 0;
      for (const file of files) {
        try {
          const doc = parseDocument(readJsonFileSync(file));
          const render = format === "docx" ? renderDocx : renderPdf;
          const bytes = await render(doc, { ...options, profile: profileForDocument(doc.profile, choice) });
          const out = outputPath(file, flags, format);
          writeFileAtomicSync(out, bytes);
          process.stdout.write(`${file} → ${out}\n`);
        } catch (error) {
          failed++;
          process.stderr.write(`${file}: ${describeError(error, file)}\n`);
        }
      }
      if (failed) process.exitCode = 1;
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
