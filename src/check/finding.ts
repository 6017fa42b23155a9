import { z } from "zod";
import { ProfileIdSchema } from "../model/document.js";

/** Severity as spec §9 defines it: error (clear, confirmed), warning (varied or observed), info (advisory). */
export const SeveritySchema = z.enum(["error", "warning", "info"]);

export const FindingMessageSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** One rule broken at one place of a document. */
export const FindingSchema = z.strictObject({
  /** The rule id of spec §9 ("R-NUM-3"), or "INPUT" for a file that is not a document at all. */
  rule: z.string().min(1),
  /** The profile the rule was judged against; null when the input had none (unreadable file). */
  profile: ProfileIdSchema.nullable(),
  severity: SeveritySchema,
  /** Where: a model path ("body[12].content", "recipients.archive") or a source path ("source.recipients[4]"). */
  path: z.string().min(1),
  /** 1-based line of the original text, for findings judged on an imported archive. */
  line: z.number().int().min(1).optional(),
  message: FindingMessageSchema,
  /** What the rule wants there, and what is there ("" when nothing is). */
  expected: z.string(),
  actual: z.string(),
  /** A suggested fix, in Vietnamese. */
  fix: z.string().min(1),
});

export type Severity = z.infer<typeof SeveritySchema>;
export type FindingMessage = z.infer<typeof FindingMessageSchema>;
export type Finding = z.infer<typeof FindingSchema>;

/** The details a rule function supplies; rule, profile and severity come from the rule table. */
export type FindingDetails = Omit<Finding, "rule" | "profile" | "severity">;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by line / path, so that output reads top to bottom. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    ORDER[a.severity] - ORDER[b.severity] ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.path.localeCompare(b.path, "en", { numeric: true }) ||
    a.rule.localeCompare(b.rule, "en", { numeric: true })
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
