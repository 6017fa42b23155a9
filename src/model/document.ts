import { z } from "zod";
import { DateTime } from "luxon";
import { KindSchema } from "./kinds.js";

/** Text that must say something: trimmed length of at least one character. */
const text = z.string().refine((s) => s.trim().length > 0, { message: "empty" });

/**
 * A profile's id: the name of its file in layouts/ ("nd30", "union", "party-2026") or in a
 * caller's folder ("my-province"). Open: which ids exist is what the loader finds
 * (listProfiles); an id nobody defines is refused when the profile is loaded.
 */
export const ProfileIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "profile-id" });

/** A run of inline text with optional emphasis. */
export const RunSchema = z.strictObject({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

/** Inline content: a plain string, or a list of strings and styled runs. */
export const InlineSchema = z.union([text, z.array(z.union([z.string(), RunSchema])).min(1)]);

/** The founding of the state (2 September 1945): no Vietnamese official document is older. */
export const EARLIEST_DATE = "1945-09-02";

/** An ISO calendar date (YYYY-MM-DD) that exists: 2022-02-31 is refused, and so is 0000-01-01. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "iso-date-format" })
  .refine((s) => DateTime.fromISO(s, { zone: "utc" }).isValid, { message: "calendar-date" })
  .refine((s) => s >= EARLIEST_DATE, { message: "before-state" });

/**
 * Headings at the levels of spec §7.1: 1 = "I.", 2 = "1.", 3 = "1.1.", 4 = "a)".
 * `label` is the marker as written ("II", "1.2", "đ"); when absent the writer numbers it.
 * `titled`: a titled heading prints bold on its own line; an untitled one is a numbered
 * paragraph that starts a normal sentence and prints plain (§7.1, levels 2 and 3).
 */
export const HeadingSchema = z.strictObject({
  type: z.literal("heading"),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  label: z.string().optional(),
  titled: z.boolean().optional(),
  content: InlineSchema,
});

export const ParagraphSchema = z.strictObject({
  type: z.literal("paragraph"),
  content: InlineSchema,
});

/** "-" (level 5) and "+" (level 6) items. */
export const ItemSchema = z.strictObject({
  type: z.literal("item"),
  marker: z.enum(["-", "+"]),
  content: InlineSchema,
});

/** A legal-basis line ("Căn cứ …", "Theo đề nghị …"). */
export const BasisSchema = z.strictObject({
  type: z.literal("basis"),
  content: InlineSchema,
});

/** Articles of a Quyết định / Quy chế: Chương, Mục, Điều (spec §7.1). */
export const ArticleSchema = z.strictObject({
  type: z.literal("article"),
  unit: z.enum(["chuong", "muc", "dieu"]),
  label: z.string().optional(),
  title: InlineSchema,
});

/** The enacting line of a Quyết định or Nghị quyết ("QUYẾT ĐỊNH:"), centred in caps bold. */
export const EnactmentSchema = z.strictObject({
  type: z.literal("enactment"),
  content: InlineSchema,
});

/** A table cell: inline content that may be blank (a "Ghi chú" cell left empty is normal). */
export const CellSchema = z.union([z.string(), z.array(z.union([z.string(), RunSchema]))]);

export const TableSchema = z.strictObject({
  type: z.literal("table"),
  headerRows: z.number().int().min(0).optional(),
  widths: z.array(z.union([z.number().positive(), z.literal("*"), z.literal("auto")])).optional(),
  rows: z.array(z.array(CellSchema).min(1)).min(1),
});

export const BlockSchema = z.discriminatedUnion("type", [
  HeadingSchema,
  ParagraphSchema,
  ItemSchema,
  BasisSchema,
  ArticleSchema,
  EnactmentSchema,
  TableSchema,
]);

export const IssuerSchema = z.strictObject({
  /** The superior body ("TỔNG LĐLĐ VIỆT NAM"), one entry per printed line. */
  superior: z.array(text).optional(),
  /** The issuing body ("LĐLĐ TỈNH LAI CHÂU"), one entry per printed line. */
  body: z.array(text).min(1),
});

/**
 * The symbol's parts. Typed documents print TYPE-ISSUER[-UNIT] (nd30, union) or
 * N-TYPE/ISSUER (party), TYPE coming from the profile's code for the kind unless `typeCode`
 * overrides it. A công văn prints ISSUER-UNIT, or ISSUER alone when there is no unit.
 */
export const SymbolSchema = z.strictObject({
  issuer: z.string().regex(/^[\p{Lu}\p{Ll}0-9&]+(-[\p{Lu}\p{Ll}0-9&]+)*$/u, { message: "symbol-part" }),
  unit: z.string().regex(/^[\p{Lu}\p{Ll}0-9&]+(-[\p{Lu}\p{Ll}0-9&]+)*$/u, { message: "symbol-part" }).optional(),
  typeCode: z.string().regex(/^[\p{Lu}\p{Ll}]+$/u, { message: "symbol-part" }).optional(),
});

export const RecipientSchema = z.strictObject({
  name: text,
  /** A note such as "b/c" or "để thực hiện"; printed in parentheses before the line's punctuation. */
  note: z.string().optional(),
});

/** A run of recipients sharing one note (drawn with a brace in real documents). */
export const RecipientGroupSchema = z.strictObject({
  note: text,
  items: z.array(RecipientSchema).min(1),
});

export const ArchiveSchema = z.strictObject({
  /** Units after the profile's fixed office ("VT"), e.g. ["CSPL&QHLĐ"]; party: ["VPTU"]. */
  units: z.array(text),
  /** Drafter's initials and copy count, printed as "TT(05)". */
  drafter: z.string().optional(),
  copies: z.number().int().positive().optional(),
});

export const RecipientsSchema = z.strictObject({
  items: z.array(z.union([RecipientSchema, RecipientGroupSchema])),
  archive: ArchiveSchema,
});

export const SignatureSchema = z.strictObject({
  /** Authority lines, e.g. ["TM. BAN THƯỜNG VỤ"] or ["T/M BAN THƯỜNG VỤ"]. */
  authority: z.array(text).optional(),
  /** A delegation line, e.g. "KT. CHỦ TỊCH". */
  delegation: text.optional(),
  /** The signer's title, e.g. "PHÓ CHỦ TỊCH". */
  title: text,
  /** The signer's name as printed, without academic titles. */
  name: text,
});

export const UrgencySchema = z.enum(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]);
export const CirculationSchema = z.enum(["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"]);
/** Secrecy stamps (box 10a). */
export const SecrecySchema = z.enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]);

/**
 * An annex (Phụ lục, spec §2.5 and R-APX-*): its own pages, numbered from 1 (R-PGNUM-2), portrait
 * or landscape (a wide table goes in a landscape annex). `label` is its number as written ("I",
 * "II"); absent, annexes are numbered in Roman when there are two or more, and a single annex is
 * "Phụ lục" alone. `attached` replaces the generated "(Kèm theo … số … ngày … của …)" line.
 */
export const AnnexSchema = z.strictObject({
  label: z.string().optional(),
  title: InlineSchema,
  attached: text.optional(),
  orientation: z.enum(["portrait", "landscape"]).optional(),
  body: z.array(BlockSchema).min(1),
});

export const DocumentSchema = z.strictObject({
  profile: ProfileIdSchema,
  kind: KindSchema,
  issuer: IssuerSchema,
  /** null for an unissued draft: the number prints blank. */
  number: z.number().int().positive().nullable(),
  /** A lower-case suffix after the number ("7c/NQ-BCH"), spec R-NUM-2b. */
  numberSuffix: z.string().regex(/^[a-z]$/, { message: "number-suffix" }).optional(),
  symbol: SymbolSchema,
  place: text,
  /** ISO date; null for an undated draft (prints "ngày … tháng … năm …"). */
  date: IsoDateSchema.nullable(),
  /** The trích yếu, or for a công văn the summary after "V/v ". */
  subject: text,
  kinhGui: z.array(text).min(1).optional(),
  body: z.array(BlockSchema).min(1),
  recipients: RecipientsSchema,
  signature: SignatureSchema,
  urgency: UrgencySchema.optional(),
  secrecy: SecrecySchema.optional(),
  circulation: CirculationSchema.optional(),
  /**
   * The optional draft mark (unregulated; its wording is profile data): true prints "DỰ THẢO",
   * a number prints the numbered form ("Dự thảo lần 2").
   */
  draft: z.union([z.boolean(), z.number().int().positive()]).optional(),
  /**
   * The authority line of a state Quyết định, printed in caps bold under the subject and
   * before the legal bases ("GIÁM ĐỐC SỞ NỘI VỤ").
   */
  authority: text.optional(),
  annexes: z.array(AnnexSchema).optional(),
  /** Contact footer lines (address, phone, e-mail), page 1 only. */
  footer: z.array(text).optional(),
});

export type ProfileId = z.infer<typeof ProfileIdSchema>;
export type Run = z.infer<typeof RunSchema>;
export type Inline = z.infer<typeof InlineSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Basis = z.infer<typeof BasisSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Enactment = z.infer<typeof EnactmentSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type DocSymbol = z.infer<typeof SymbolSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type RecipientGroup = z.infer<typeof RecipientGroupSchema>;
export type Recipients = z.infer<typeof RecipientsSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Annex = z.infer<typeof AnnexSchema>;
export type Document = z.infer<typeof DocumentSchema>;
