import { z } from "zod";

/**
 * Pages: the public page model vanban lays a document out into (DESIGN.md, "layout").
 * Every length is in pt (1/72 in); coordinates are measured from the page's top-left corner,
 * y growing downwards; a text line's `y` is its baseline. Writers (PDF, pdfmake definition)
 * only draw what is here; checks on the page read it; callers may ask where things are.
 */

/** The four faces of the family, named as pdfmake names them. */
export const FaceSchema = z.enum(["normal", "bold", "italics", "bolditalics"]);

/** A run of text in one face and size, drawn from `x` on its line's baseline. */
export const SpanSchema = z.strictObject({
  text: z.string(),
  x: z.number(),
  /** Width of the span as drawn, word spacing included. */
  width: z.number(),
  face: FaceSchema,
  size: z.number().positive(),
  /** Extra space added to each U+0020 of the span (justification), in pt. */
  wordSpacing: z.number(),
  underline: z.boolean(),
  /** A CSS-like colour name or #rrggbb; black when absent. */
  color: z.string().optional(),
});

/**
 * One printed line. `source` is the model path of the string it prints ("body[3].content",
 * "issuer.body[0]", "recipients.items[2].name"…) or "generated" for what the profile adds
 * (page numbers, the national title); `role` is the profile element that styles it.
 */
export const LineSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  spans: z.array(SpanSchema),
  source: z.string(),
  role: z.string(),
});

/** A straight rule: horizontal rules under the motto, the issuer, the subject; table borders. */
export const RuleSchema = z.strictObject({
  x1: z.number(),
  y1: z.number(),
  x2: z.number(),
  y2: z.number(),
  width: z.number().positive(),
  color: z.string().optional(),
  role: z.string(),
});

/** A rectangle outline: stamp frames (KHẨN 20 × 8 mm, MẬT, DỰ THẢO). */
export const FrameSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
  width: z.number().positive(),
  color: z.string().optional(),
  role: z.string(),
});

/**
 * Named areas of a page: issuer, issuerMark, nationalTitle, mottoRule, number, date, vv, stamps,
 * title, kinhGui, body, band, recipients, signature, signatureImage (NĐ 30 ô 7c), seal (ô 8),
 * footer, pageNumber, annexHeading, annexMark (ô 14, with the annexMark option).
 */
export const RegionSchema = z.strictObject({
  name: z.string(),
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
});

export const PageSchema = z.strictObject({
  /** 0-based position of the page in the file. */
  index: z.number().int().min(0),
  /** The number printed on the page, or null where none is (page 1 of the document and of each annex). */
  number: z.string().nullable(),
  /** "main", or "annex-1", "annex-2"… (numbering restarts in each, R-PGNUM-2). */
  section: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  orientation: z.enum(["portrait", "landscape"]),
  lines: z.array(LineSchema),
  rules: z.array(RuleSchema),
  frames: z.array(FrameSchema),
  regions: z.array(RegionSchema),
});

export const PagesSchema = z.strictObject({
  /** The profile's variant ("union-2024", "party-2018") the document was laid out with. */
  profile: z.string(),
  /** The font family's name, as the PDF names it. */
  family: z.string(),
  metadata: z.strictObject({
    title: z.string(),
    author: z.string(),
    subject: z.string(),
    keywords: z.string(),
    /** ISO date: the document's own date, so the same document gives the same bytes. */
    creationDate: z.string(),
  }),
  pages: z.array(PageSchema).min(1),
});

export type Face = z.infer<typeof FaceSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Line = z.infer<typeof LineSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Frame = z.infer<typeof FrameSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Pages = z.infer<typeof PagesSchema>;
