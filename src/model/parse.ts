import { z } from "zod";
import { DocumentSchema, type Document } from "./document.js";
import { DocumentError, issuesFromZod, type DocumentIssue } from "./errors.js";
import { boundsIssues } from "./bounds.js";
import { limitsWith, type Limits } from "../limits.js";

export interface ParseOptions {
  /** Bounds on a document (src/limits.ts): maxFieldLength, maxBlocks, maxIssuesListed. */
  limits?: Partial<Limits>;
}

/** Validates plain data as a Document; throws one DocumentError listing every problem. */
export function parseDocument(input: unknown, options: ParseOptions = {}): Document {
  const result = validateDocument(input, options);
  if (!result.ok) throw new DocumentError(result.issues, "document", options.limits?.maxIssuesListed);
  return result.document;
}

/** Like parseDocument, but returns the issues instead of throwing. */
export function validateDocument(
  input: unknown,
  options: ParseOptions = {},
): { ok: true; document: Document } | { ok: false; issues: DocumentIssue[] } {
  const bounds = boundsIssues(input, limitsWith(options.limits));
  if (bounds.blocking) return { ok: false, issues: bounds.issues };
  const result = DocumentSchema.safeParse(input, { reportInput: true });
  const issues = [...bounds.issues, ...(result.success ? [] : issuesFromZod(result.error))];
  return result.success && issues.length === 0 ? { ok: true, document: result.data } : { ok: false, issues };
}

/** The model as JSON Schema, for editors that validate document files. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
