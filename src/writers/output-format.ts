// The formats vanban writes, and the options only one of them takes. No writer is imported here,
// so that a batch's main thread can name a format without loading either writer.
import { z } from "zod";

/** PDF (the default: the regulation's layout, fixed) or DOCX (Word, for offices to keep editing). */
export const OutputFormatSchema = z.enum(["pdf", "docx"]);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;
export const OUTPUT_FORMATS: readonly OutputFormat[] = OutputFormatSchema.options;

/** A format as a person wrote it ("DOCX", "pdf"), or a bilingual error naming the option (`--format`, `format`). */
export function outputFormat(value: string | undefined, option = "--format"): OutputFormat {
  const parsed = OutputFormatSchema.safeParse((value ?? "pdf").toLowerCase());
  if (parsed.success) return parsed.data;
  throw new Error(`${option} "${value}" không có; chọn pdf hoặc docx / unknown ${option} "${value}"; use pdf or docx`);
}

/** The error for options a PDF takes and a DOCX cannot (signing, PDF/A, signature fields …), named as the caller wrote them. */
export function pdfOnlyError(names: readonly string[], prefix = ""): Error {
  const list = names.join(", ");
  const applies = names.length === 1 ? "applies" : "apply";
  return new Error(`${prefix}${list} chỉ dùng cho PDF, không dùng với DOCX / ${list} ${applies} to PDF output only, not DOCX`);
}

/**
 * The PDF-only render options (src/writers/pdf, issue 13) a caller set, by their option names:
 * a DOCX would silently leave them out, so the caller is told instead.
 */
export function pdfOnlyOptions(options: {
  pdfa?: boolean;
  signatureFields?: boolean;
  embedSource?: boolean;
  sign?: unknown;
  annexMark?: unknown;
  annex?: number;
}): string[] {
  const set: string[] = [];
  if (options.pdfa) set.push("pdfa");
  if (options.signatureFields === false) set.push("signatureFields");
  if (options.embedSource) set.push("embedSource");
  if (options.sign !== undefined) set.push("sign");
  if (options.annexMark !== undefined) set.push("annexMark");
  if (options.annex !== undefined) set.push("annex");
  return set;
}
