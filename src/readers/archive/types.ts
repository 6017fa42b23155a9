import { z } from "zod";
import { DocumentSchema, IssuerSchema, ProfileIdSchema, type Document } from "../../model/document.js";
import type { DocumentIssue } from "../../model/errors.js";
import type { SourceLines } from "../../model/source.js";

/**
 * What an archive supplies for every document it holds: usually the issuer, the place and the
 * profile, since OCR tends to lose the header block. Any other top-level field of the model
 * may be given too. What the text contains always wins over a default.
 */
export const ImportDefaultsSchema = DocumentSchema.partial().extend({
  // The three a defaults file usually holds, spelled out so that their errors name them.
  profile: ProfileIdSchema.optional(),
  issuer: IssuerSchema.optional(),
  place: z.string().trim().min(1).optional(),
});

/** Options of importText: `profile`, `issuer` and `place` are shorthands that override `defaults`. */
export const ImportOptionsSchema = z.strictObject({
  profile: ProfileIdSchema.optional(),
  issuer: IssuerSchema.optional(),
  place: z.string().trim().min(1).optional(),
  defaults: ImportDefaultsSchema.optional(),
  /** A caller's folders or files of profiles ("my-province.json"), known besides layouts/. */
  layouts: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
});

/** A remark about one line of the input: where, what, and why, in Vietnamese and English. */
export const ImportWarningSchema = z.strictObject({
  /** 1-based line number in the input. */
  line: z.number().int().min(1),
  /** The whole line as written (without its line break). */
  text: z.string(),
  /** A stable identifier, e.g. "symbol-spaces", "missing-issuer". */
  code: z.string(),
  vi: z.string(),
  en: z.string(),
});

/**
 * Where a field of the imported document came from: read from the text, supplied by the
 * defaults, inferred by a documented rule (e.g. the nd30 profile when nothing points elsewhere),
 * or missing (left out of the document; the validation errors then name it).
 */
export const FieldOriginSchema = z.enum(["text", "default", "inferred", "missing"]);

export type ImportDefaults = z.infer<typeof ImportDefaultsSchema>;
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;
export type ImportWarning = z.infer<typeof ImportWarningSchema>;
export type FieldOrigin = z.infer<typeof FieldOriginSchema>;

/** The top-level fields whose origin is reported. */
export type FieldName = keyof Document;
export type FieldOrigins = Partial<Record<FieldName, FieldOrigin>>;

/** A document that may still lack fields: the shape of the model with everything optional. */
export type PartialDocument = { [K in keyof Document]?: Document[K] extends object ? DeepPartial<Document[K]> : Document[K] };
type DeepPartial<T> = T extends readonly (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

interface ImportResultBase {
  warnings: ImportWarning[];
  fields: FieldOrigins;
  /** The verbatim lines each region was read from, for rules about how the original was written. */
  source: SourceLines;
}

/** A valid document, or the partial one with every validation issue, so the caller can supply the rest. */
export type ImportResult =
  | (ImportResultBase & { ok: true; document: Document; errors: [] })
  | (ImportResultBase & { ok: false; document: PartialDocument; errors: DocumentIssue[] });
