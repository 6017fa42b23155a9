import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { describeError } from "../util/describe-error.js";
import { issuesOf, usage, UsageError } from "./cli-error.js";
import { failuresReported } from "./failure.js";
import { jsonOption, printJson, RenderJson, SchemaJson, type WrittenJson } from "./json-output.js";
import { withHelp } from "./help.js";
import { documentJsonSchema, parseDocument } from "../model/parse.js";
import { profileForDocument } from "../layout/load.js";
import { profileChoice, profileOptions, type ProfileFlags } from "./profile-flags.js";
import type { RenderOptions } from "../writers/pdf/index.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";
import { parseJsonText, readJsonFileSync } from "../util/json-file.js";
import { isStdin, isStreamInput, readStdin, stdinAtMostOnce, STDIO, writeStdout } from "./stdio.js";
import { issuanceOptions, issuanceRenderOptions, refusePdfOnlyFlags, type IssuanceFlags } from "./issuance-flags.js";
import { outputFormat, type OutputFormat } from "../writers/output-format.js";
import { pdfWriter, writerFor } from "./lazy.js";

interface RenderFlags extends ProfileFlags, IssuanceFlags {
  output?: string;
  outDir?: string;
  preset?: string;
  fonts?: string;
  json?: boolean;
  format?: string;
}

/** "--fonts regular.ttf,bold.ttf,italic.ttf,bolditalic.ttf" → the four faces of a caller's font. */
async function fontFiles(list: string | undefined): Promise<RenderOptions["fonts"]> {
  if (!list) return undefined;
  const files = list.split(",").map((f) => f.trim());
  if (files.length !== 4 || files.some((f) => !f)) {
    throw new UsageError("--fonts", "--fonts cần 4 tệp: thường,đậm,nghiêng,đậm nghiêng", "--fonts takes 4 files: regular,bold,italic,bolditalic");
  }
  const [normal, bold, italics, bolditalics] = files as [string, string, string, string];
  const { fontSetFromFiles } = await pdfWriter();
  return fontSetFromFiles({ normal, bold, italics, bolditalics });
}

/**
 * Where one input's output goes: -o for a single input, else DIR/NAME.pdf (.docx), else next to
 * the input; standard input, a FIFO or a device has no folder to write next to: standard output.
 */
function outputPath(file: string, flags: RenderFlags, format: OutputFormat): string {
  if (flags.output) return flags.output;
  if (isStdin(file)) return flags.outDir ? join(flags.outDir, `stdin.${format}`) : STDIO;
  if (isStreamInput(file) && !flags.outDir) return STDIO;
  const name = `${basename(file, extname(file))}.${format}`;
  return flags.outDir ? join(flags.outDir, name) : `${file.replace(/\.json$/i, "")}.${format}`;
}

export function registerRender(program: Command): void {
  const command = program
    .command("render")
    .description("Kết xuất văn bản JSON ra PDF hoặc DOCX / render document JSON files to PDF or DOCX")
    .argument("<files...>", 'tệp JSON văn bản; "-" đọc stdin / document JSON files; "-" reads standard input')
    .option("-o, --output <file>", 'tệp ra (chỉ một đầu vào); "-" ghi ra stdout / output file (one input only); "-" writes standard output')
    .option("--out-dir <dir>", "thư mục cho các tệp PDF / folder for the PDFs (NAME.json → DIR/NAME.pdf)")
    .option("--preset <name>", 'bộ thiết lập hồ sơ / profile preset, e.g. "decree-example"')
    .option("--fonts <files>", "Times New Roman của bạn: 4 tệp .ttf / your own Times New Roman: regular,bold,italic,bolditalic .ttf files")
    .option("--format <format>", "pdf (mặc định) hoặc docx (Word, sửa được) / pdf (default) or docx (Word, editable; the source kept inside)");
  jsonOption(command, "báo cáo JSON: tệp ghi, số trang, số byte, lỗi", "a JSON report: files written, pages, bytes, errors");
  withHelp(command, {
    notes: `Với -o - và --json: PDF trên stdout, báo cáo JSON trên stderr.
With -o - and --json: the PDF on stdout, the JSON report on stderr.`,
    examples: [
      { command: "vanban render van-ban.json", vi: "tạo van-ban.pdf", en: "writes van-ban.pdf" },
      { command: "vanban render *.json --out-dir pdf/ --format docx", vi: "mỗi tệp một .docx trong pdf/", en: "one .docx per file in pdf/" },
      { command: "cat van-ban.json | vanban render - -o - > van-ban.pdf", vi: "trong ống dẫn", en: "in a pipe" },
      { command: "vanban render van-ban.json --json", vi: "báo cáo JSON", en: "a JSON report" },
    ],
    failed: { vi: "một đầu vào lỗi (các tệp khác vẫn được kết xuất)", en: "an input failed (the others are still rendered)" },
  });
  issuanceOptions(command);
  profileOptions(command, "hồ sơ thay cho hồ sơ của văn bản, cùng họ (vd. party-2026) / render with this profile instead of the document's (same family)")
    .action((files: string[], flags: RenderFlags) => failuresReported("render", flags.json, () => render(files, flags)));
}

async function render(files: string[], flags: RenderFlags): Promise<void> {
  if (flags.output && files.length > 1) {
    throw new UsageError("-o", "-o chỉ dùng với một tệp; dùng --out-dir cho nhiều tệp", "-o takes exactly one input; use --out-dir for several");
  }
  stdinAtMostOnce(files);
  const format = usage("--format", () => outputFormat(flags.format));
  usage("--format", () => refusePdfOnlyFlags(flags, format));
  const fonts = await fontFiles(flags.fonts);
  const choice = profileChoice(flags);
  const options: RenderOptions = {
    ...(flags.preset ? { preset: flags.preset } : {}),
    ...(fonts ? { fonts } : {}),
    ...issuanceRenderOptions(flags),
  };
  const outputs = files.map((file) => outputPath(file, flags, format));
  if (outputs.filter((o) => o === STDIO).length > 1) {
    throw new UsageError("--out-dir", "chỉ một đầu ra được ghi ra stdout: dùng --out-dir", "only one output can go to standard output: use --out-dir");
  }
  const toStdout = outputs.includes(STDIO);
  const write = await writerFor(format);
  const entries: RenderJson["files"] = [];
  for (const [i, file] of files.entries()) {
    const out = outputs[i]!;
    try {
      const doc = parseDocument(isStdin(file) ? parseJsonText(await readStdin(), file) : readJsonFileSync(file));
      const rendered = { ...options, profile: profileForDocument(doc.profile, choice) };
      const { bytes, pages } = await write(doc, rendered);
      if (out === STDIO) writeStdout(bytes);
      else writeFileAtomicSync(out, bytes);
      const written: WrittenJson = { path: out, format, bytes: bytes.length, pages };
      entries.push({ file, ok: true, output: written, errors: [] });
      // With the file on standard output, what happened goes to standard error.
      if (!flags.json) (toStdout ? process.stderr : process.stdout).write(`${file} → ${out === STDIO ? "stdout" : out}\n`);
    } catch (error) {
      entries.push({ file, ok: false, output: null, errors: issuesOf(error, file) });
      if (!flags.json) process.stderr.write(`${file}: ${describeError(error, file)}\n`);
    }
  }
  const exitCode = entries.every((e) => e.ok) ? 0 : 1;
  if (flags.json) printJson(RenderJson, { command: "render", ok: exitCode === 0, exitCode, errors: [], files: entries }, toStdout ? process.stderr : process.stdout);
  if (exitCode) process.exitCode = exitCode;
}

export function registerSchema(program: Command): void {
  const command = program.command("schema").description("In JSON Schema của mô hình văn bản / print the document model's JSON Schema");
  jsonOption(command, "JSON Schema trong báo cáo { schema }", "the JSON Schema inside the report { schema }");
  withHelp(command, {
    examples: [
      { command: "vanban schema > van-ban.schema.json", vi: "lưu JSON Schema", en: "save the JSON Schema" },
      { command: "vanban schema --json", vi: "trong báo cáo JSON", en: "inside the JSON report" },
    ],
    failed: { vi: "không dùng", en: "not used" },
  }).action((flags: { json?: boolean }) => {
    const schema = documentJsonSchema() as Record<string, unknown>;
    if (flags.json) printJson(SchemaJson, { command: "schema", ok: true, exitCode: 0, errors: [], schema });
    else process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  });
}
