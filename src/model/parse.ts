import { z } from "zod";
import { DocumentSchema, type Document } from "./document.js";
import { DocumentError, issuesFromZod, type DocumentIssue } from "./errors.js";

/** Validates plain data as a Document; throws one DocumentError listing every problem. */
export function parseDocument(input: unknown): Document {
  const result = DocumentSchema.safeParse(input, { reportInput: true });
  if (!result.success) throw new DocumentError(issuesFromZod(result.error));
  return result.data;
}

/** Like parseDocument, but returns the issues instead of throwing. */
export function validateDocument(
  input: unknown,
): { ok: true; document: Document } | { ok: false; issues: DocumentIssue[] } {
  const result = DocumentSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: issuesFromZod(result.error) };
}

/** The model as JSON Schema, for editors that validate document files. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
