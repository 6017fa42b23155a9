// The service's requests and responses as zod schemas: they validate the requests and generate
// the OpenAPI document (GET /openapi.json), so the two cannot disagree.
import { z } from "zod";
import { DocumentSchema, IsoDateSchema } from "../model/document.js";
import { PagesSchema } from "../layout/pages.js";

/** The named schemas of the OpenAPI document (components.schemas), referenced where used. */
export const registry = z.registry<{ id: string }>();
registry.add(DocumentSchema, { id: "Document" });
registry.add(PagesSchema, { id: "Pages" });

/** One problem with the request: where (a field path) and what to do, in Vietnamese and English. */
export const IssueSchema = z.object({ path: z.string(), vi: z.string(), en: z.string() });
registry.add(IssueSchema, { id: "Issue" });

export const ErrorSchema = z.object({
  error: z.object({
    /** A stable code for programs: "invalid-json", "invalid-document", "body-too-large", … */
    code: z.string(),
    vi: z.string(),
    en: z.string(),
    issues: z.array(IssueSchema).optional(),
  }),
});
registry.add(ErrorSchema, { id: "Error" });

export type ErrorBody = z.infer<typeof ErrorSchema>;

export const LayoutQuerySchema = z.strictObject({
  preset: z.string().regex(/^[a-z0-9-]+$/).optional().describe('a preset of the document\'s profile, e.g. "decree-example"'),
});

export const RenderQuerySchema = LayoutQuerySchema.extend({
  format: z.enum(["pdf", "docx"]).optional().describe("the file: the PDF, or the .docx of the DOCX writer; by default the one the Accept header names first, else the PDF"),
});

export const ImportQuerySchema = z.strictObject({
  name: z
    .string()
    .max(255)
    .optional()
    .describe('the file\'s name, e.g. "cong-van.docx": its extension picks the reader when the content type is application/octet-stream and the bytes do not show it'),
});

const DaySchema = IsoDateSchema.describe("a day YYYY-MM-DD");

export const CheckQuerySchema = z.strictObject({
  now: DaySchema.optional().describe("the day R-DATE-3 compares the document's date with; today by default"),
  allowFuture: z.enum(["true", "false"]).optional().describe("accept a date after `now` (a document prepared in advance)"),
});

/** Template names are file names without folders, so a request cannot reach outside the templates. */
export const TemplateNameSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "template-name");

export const DraftBodySchema = z.strictObject({
  template: TemplateNameSchema.describe('a template of the server\'s templates folder, without ".hbs", e.g. "ke-hoach-nam"'),
  data: z.record(z.string(), z.unknown()).describe("the template's data"),
  now: DaySchema.optional().describe("today for {{year}}, {{today}}…; the server's day by default"),
  format: z.enum(["pdf", "json"]).default("pdf").describe("the PDF, or the Document JSON"),
});

export const TextBodySchema = z.string().describe("the text of a document (UTF-8)");
export const FileBodySchema = z.string().describe("the file's bytes: a .docx, a PDF with a text layer, the text of a document (UTF-8, UTF-16, TCVN3 or VNI) or document JSON");
export const CheckBodySchema = z.union([z.string(), z.unknown()]).describe("document JSON (valid or not), or the text of an archived document");

export const ImportResultSchema = z.object({
  ok: z.boolean().describe("the text gave a valid document"),
  document: z.record(z.string(), z.unknown()).describe("the document, complete or not"),
  errors: z.array(IssueSchema).describe("what the document still lacks or holds wrongly"),
  warnings: z.array(z.unknown()).describe("what the reader was unsure of, by line"),
  type: z.enum(["json", "text", "docx", "pdf", "doc"]).optional().describe("the kind of file read"),
  encoding: z.string().optional().describe("the text's encoding, when it was text"),
});

export const FindingsSchema = z.object({ findings: z.array(z.record(z.string(), z.unknown())), errors: z.boolean() });
export const HealthSchema = z.object({ ok: z.literal(true), workers: z.number().int(), queued: z.number().int() });
