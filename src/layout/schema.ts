import { z } from "zod";
import { KindSchema } from "../model/kinds.js";
import { ProfileIdSchema } from "../model/document.js";
import { StandingMapSchema } from "./standing.js";

/**
 * The behaviour a profile belongs to: the evidence the importer looks for, the number grammar,
 * and the default severity of every checker rule (check/rules.ts).
 */
export const FamilySchema = z.enum(["state", "union", "party"]);

/** A checker rule's severity in one profile; "off" when the profile does not apply it. */
export const RuleSeveritySchema = z.enum(["error", "warning", "info", "off"]);

/** How one element of the page is set: size in pt and emphasis. */
export const StyleSchema = z.strictObject({
  size: z.number().min(6).max(36),
  /** The smallest size the regulation allows: a line too wide steps down to it before it wraps (L-HDR-1, L-TABLE-2). */
  min: z.number().min(6).max(36).optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

const ELEMENT_NAMES = [
  "nationalTitle",
  "motto",
  "partyTitle",
  "superior",
  "issuer",
  "number",
  "date",
  "kindName",
  "subject",
  "vv",
  "kinhGui",
  "body",
  "basis",
  "heading1",
  "headingTitled",
  "article",
  "recipientsLabel",
  "recipients",
  "signatureAuthority",
  "signatureTitle",
  "signerName",
  "pageNumber",
  "footer",
  "stamp",
  "table",
  "authority",
  "annexLabel",
  "annexTitle",
  "annexAttached",
] as const;

export const ElementsSchema = z.strictObject(
  Object.fromEntries(ELEMENT_NAMES.map((n) => [n, StyleSchema])) as Record<
    (typeof ELEMENT_NAMES)[number],
    typeof StyleSchema
  >,
);

const Mm = z.number().min(0).max(100);

const MarkSchema = z.discriminatedUnion("kind", [
  /** A solid centred rule whose length is a fraction of the text above it. */
  z.strictObject({ kind: z.literal("rule"), ratio: z.number().min(0.1).max(1) }),
  /** A centred text mark ("*", "-----"). */
  z.strictObject({ kind: z.literal("text"), text: z.string().min(1) }),
]);

export const ProfileSchema = z.strictObject({
  /** The file's name in layouts/ (or a caller's folder): what documents write in `profile`. */
  id: ProfileIdSchema,
  family: FamilySchema,
  /** The profile this one inherits from; its file holds only what changes (merged by load.ts). */
  extends: ProfileIdSchema.optional(),
  /** The profile a family's documents get when nothing names one (the importer's choice); not inherited. */
  familyDefault: z.boolean().optional(),
  /** What this profile is for, in a sentence (e.g. that "party" is the Party's current default). */
  description: z.string().optional(),
  /** A variant name, so that a later regulation can sit beside this one ("party-2018"). */
  variant: z.string().min(1),
  /** How sure each value is and where it comes from, by JSON pointer (standing.ts). */
  standing: StandingMapSchema,
  /** Checker severities that differ from the family's (check/rules.ts), by rule id. */
  severity: z.record(z.string().regex(/^[A-Z]+(?:-[A-Z0-9]+)+$/), RuleSeveritySchema).optional(),
  regulation: z.strictObject({
    code: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int(),
    note: z.string().optional(),
  }),
  page: z.strictObject({
    widthMm: z.number().positive(),
    heightMm: z.number().positive(),
    margins: z.strictObject({ top: Mm, bottom: Mm, left: Mm, right: Mm }),
  }),
  elements: ElementsSchema,
  /** Header sizes that differ between compliant presets (spec §2.5); "common" is the default. */
  presets: z.record(z.string(), z.record(z.string(), StyleSchema.partial())).optional(),
  columns: z.strictObject({
    headerLeftPercent: z.number().min(20).max(60),
    /** Space kept between the two header columns, taken from the left one. */
    headerGutterMm: z.number().min(0).max(20),
    closingLeftPercent: z.number().min(20).max(60),
  }),
  header: z.strictObject({
    /** Right column lines and the element style of each; the last one gets a rule as long as its text. */
    right: z.array(z.strictObject({ text: z.string().min(1), element: z.enum(ELEMENT_NAMES) })).min(1),
    /** Mark under the issuing body: a rule (nd30, union) or "*" (party). */
    issuerMark: MarkSchema,
    /** Stroke thickness of every rule on the page. */
    ruleWidthPt: z.number().positive(),
    /** Space between the header band and the number row. */
    gapBeforeNumberPt: z.number().min(0),
  }),
  number: z.strictObject({
    /** "Số: " (nd30, union) or "Số " (party). */
    prefix: z.string(),
    minDigits: z.number().int().min(1),
    /** "type-issuer": N/TYPE-ISSUER; "party": N-TYPE/ISSUER. */
    grammar: z.enum(["type-issuer", "party"]),
    /** Blank printed in place of the number of an unissued draft. */
    draftBlank: z.string(),
  }),
  date: z.strictObject({
    /** Months up to this one are padded to 2 digits (R-DATE-2: 1 and 2 are). */
    padMonthsUpTo: z.number().int().min(0).max(12),
    dayDigits: z.number().int().min(1).max(2),
    /** What an undated draft prints between the words. */
    draftBlank: z.string(),
  }),
  title: z.strictObject({
    subjectMark: MarkSchema,
    /** Space above the type name, and between the subject mark and the body. */
    gapBeforePt: z.number().min(0),
    gapAfterPt: z.number().min(0),
  }),
  vv: z.strictObject({ prefix: z.string(), gapPt: z.number().min(0) }),
  kinhGui: z.strictObject({
    label: z.string(),
    separator: z.string(),
    last: z.string(),
    itemPrefix: z.string(),
    /** Put the first "- item" on the "Kính gửi:" line (an accepted variant, seed 002). */
    firstOnLabelLine: z.boolean(),
  }),
  paragraph: z.strictObject({
    firstLineIndentMm: z.number().min(0).max(30),
    spaceAfterPt: z.number().min(0),
    /** Exact distance between baselines of body lines. */
    lineSpacingPt: z.number().positive(),
    /** Marker punctuation after heading labels: "." ("I.", "1.") or "-" (old party "I-"). */
    headingPunctuation: z.string(),
    /** Legal-basis lines: the prefix printed before each ("" or "- "). */
    basisPrefix: z.string(),
  }),
  /** Appended to the last body paragraph; "" for none (party). */
  endMark: z.string(),
  recipients: z.strictObject({
    label: z.string(),
    itemPrefix: z.string(),
    separator: z.string(),
    last: z.string(),
    archiveLabel: z.string(),
    /** Offices always named first on the archive line ("VT"). */
    archiveFixed: z.array(z.string()),
  }),
  signature: z.strictObject({
    /** Allowed authority prefixes, with their punctuation ("TM.", "T/M"). */
    prefixes: z.array(z.string().min(1)).min(1),
    /** Blank space for the hand signature and seal. */
    spaceMm: z.number().min(0),
  }),
  /** Framed urgency stamps (box 10b) and circulation notes (box 11). */
  stamps: z.strictObject({
    urgencyWidthMm: z.record(z.string(), z.number().positive()),
    heightMm: z.number().positive(),
    urgencyColor: z.string().min(1),
    /** Secrecy stamps (box 10a): frame widths and colour. */
    secrecyWidthMm: z.record(z.string(), z.number().positive()),
    secrecyColor: z.string().min(1),
  }),
  /** The optional draft mark: "{n}" is replaced by the draft's number. */
  draftMark: z.strictObject({ text: z.string().min(1), numbered: z.string().min(1) }),
  /** Annexes (spec §2.5, R-APX-1): the label word and the "(Kèm theo …)" line's pattern. */
  annex: z.strictObject({
    label: z.string().min(1),
    /** Placeholders: {kind} {number} {date} {issuer}. */
    attached: z.string().min(1),
  }),
  /** Table typography: cell padding and border stroke. */
  table: z.strictObject({ paddingPt: z.number().min(0).max(12), borderPt: z.number().positive() }),
  pageNumber: z.strictObject({
    firstNumberedPage: z.number().int().min(1),
    /** Distance from the paper's top edge to the top of the number. */
    topMm: z.number().min(0),
  }),
  /** Type code per kind (spec §4.4); null where the kind has none (nd30 công văn). */
  typeCodes: z.partialRecord(KindSchema, z.string().nullable()),
  /** Academic titles a signer's name must not carry (R-SIG-2). */
  forbiddenNamePrefixes: z.array(z.string()),
  /** Values only the compliance checker reads. */
  check: z.strictObject({
    /** The first Nơi nhận line when there is a Kính gửi block (R-RCPT-4). */
    asAbove: z.string().min(1),
    /** Authority prefixes by role, each one of signature.prefixes. */
    roles: z.strictObject({ collective: z.string().min(1), deputy: z.string().min(1) }),
    /** The word that makes a title a deputy's ("PHÓ CHỦ TỊCH"), R-SIG-3. */
    deputyWord: z.string().min(1),
    /** Words of an issuer name that make it a Party committee (cấp ủy), P-SIG-2. */
    committeeWords: z.array(z.string().min(1)),
    /**
     * The công văn symbol (spec §4.2, R-NUM-5): 18/LĐLĐ-VP, 18/LĐLĐ, the kind's type code (party
     * "CV"), or "issuer-any" where both 18/LĐLĐ and 7735/TLĐ-VP are in use (union, issue 11).
     */
    congVanSymbol: z.enum(["issuer-unit", "issuer-only", "issuer-any", "type-issuer"]),
    /** Punctuation after each legal-basis line, and the accepted ends of the last one (R-BODY-4). */
    basisSeparator: z.string(),
    basisLast: z.array(z.string()),
    /** What the last paragraph ends with when the profile prints no end mark (P-END-1). */
    bodyEnd: z.string(),
  }),
});

export type Style = z.infer<typeof StyleSchema>;
export type ElementName = (typeof ELEMENT_NAMES)[number];
export type Profile = z.infer<typeof ProfileSchema>;
export type Mark = z.infer<typeof MarkSchema>;
export type Family = z.infer<typeof FamilySchema>;
export type RuleSeverity = z.infer<typeof RuleSeveritySchema>;
