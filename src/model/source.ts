import { z } from "zod";

/** A line of an imported text as it was written, with its 1-based line number. */
export const SourceLineSchema = z.strictObject({
  line: z.number().int().min(1),
  text: z.string(),
});

/**
 * The lines an archive import read each region from, verbatim. The model normalises
 * punctuation (the writer adds it), so rules about how the original was written
 * ("60/HD - LĐLĐ", "- Lưu VT.", a missing "./.") are checked against these.
 */
export const SourceLinesSchema = z.strictObject({
  numberLine: SourceLineSchema.optional(),
  dateLine: SourceLineSchema.optional(),
  kindLine: SourceLineSchema.optional(),
  subjectLines: z.array(SourceLineSchema).optional(),
  /** The "Kính gửi:" line and its item lines. */
  kinhGui: z.array(SourceLineSchema).optional(),
  /** Each recipient line after "Nơi nhận:", the "Lưu" line included. */
  recipients: z.array(SourceLineSchema).optional(),
  signature: z.array(SourceLineSchema).optional(),
  /** The last line of the body, where the "./." end mark belongs. */
  lastBodyLine: SourceLineSchema.optional(),
});

export type SourceLine = z.infer<typeof SourceLineSchema>;
export type SourceLines = z.infer<typeof SourceLinesSchema>;
