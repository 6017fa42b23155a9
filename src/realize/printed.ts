import type { ElementName, Profile } from "../layout/schema.js";

/**
 * Printed: what the page says, format-neutral (DESIGN.md, "realize"). Every string a writer
 * prints is here, already formatted ("Số: 60/HD-LĐLĐ", the date line, upper-cased issuer lines,
 * heading labels, recipient punctuation, the Lưu line, the end mark); no writer recomputes one.
 * Each text names the model path it came from (`source`), or "generated" for what the profile
 * adds, so that "nothing lost" can be checked and an error can name the field.
 */

/** A run of text with emphasis on top of its element's style. */
export interface PrintedRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** One logical piece of text: a header line, a paragraph, a table cell, a recipient line. */
export interface PrintedText {
  runs: PrintedRun[];
  /** The profile element whose size and emphasis apply (runs may add emphasis). */
  style: ElementName;
  source: string;
}

/** A framed stamp: urgency (box 10b), secrecy (10a), circulation (11), draft mark. */
export interface PrintedStamp {
  text: PrintedText;
  /** Frame width in mm when the profile fixes it (KHẨN 20 mm), else fitted to the text. */
  widthMm?: number;
  heightMm: number;
  color: string;
}

export type PrintedMark = { kind: "rule"; ratio: number } | { kind: "text"; text: PrintedText };

export interface PrintedHeader {
  /** Superior body lines (plain) then issuing body lines (bold), as given, upper-cased. */
  superior: PrintedText[];
  issuer: PrintedText[];
  /** Rule under the issuing body (ratio of its widest line) or the party "*". */
  issuerMark: PrintedMark;
  /** National title and motto, or "ĐẢNG CỘNG SẢN VIỆT NAM"; the last line is ruled as long as its text. */
  right: PrintedText[];
  number: PrintedText;
  date: PrintedText;
  /** Công văn summary "V/v …" under the number (box 5b). */
  vv?: PrintedText;
  /** Stamps under the number / V/v block, in order. */
  stamps: PrintedStamp[];
  /** The optional "DỰ THẢO" mark, framed at the top left (unregulated; profile data). */
  draftMark?: PrintedStamp;
}

export interface PrintedTitle {
  kind: PrintedText;
  subject: PrintedText;
  mark: PrintedMark;
}

export interface PrintedKinhGui {
  label: PrintedText;
  /** Each line already punctuated ("- Ban Tuyên giáo;"). One item: printed on the label's line. */
  items: PrintedText[];
  firstOnLabelLine: boolean;
}

export type Alignment = "justify" | "left" | "center" | "right";

export interface PrintedParagraph {
  type: "paragraph";
  text: PrintedText;
  align: Alignment;
  /** First-line indent in pt. */
  indent: number;
  /** A title line (heading, chapter, titled article): never the last line on its page. */
  keepWithNext: boolean;
  spaceBefore: number;
  spaceAfter: number;
  /** Model path of the block ("body[4]"), for errors that name it. */
  block: string;
}

export interface PrintedTable {
  type: "table";
  rows: PrintedText[][];
  headerRows: number;
  /** Caller's widths: pt numbers, "*" (share the rest) or "auto" (from content); absent = all from content. */
  widths?: (number | "*" | "auto")[];
  spaceAfter: number;
  block: string;
}

export type PrintedBlock = PrintedParagraph | PrintedTable;

/** One recipient line of Nơi nhận, or a group of lines sharing a note (drawn with a bar). */
export type PrintedRecipient = { kind: "line"; text: PrintedText } | { kind: "group"; lines: PrintedText[]; note: PrintedText };

export interface PrintedClosing {
  label: PrintedText;
  recipients: PrintedRecipient[];
  /** "- Lưu: VT, CSPL&QHLĐ." */
  archive: PrintedText;
  /** Authority, delegation and title lines, upper-cased. */
  signatureLines: PrintedText[];
  name: PrintedText;
  /** Blank space for the hand signature and seal, in mm. */
  signatureSpaceMm: number;
}

export interface PrintedAnnex {
  /** "Phụ lục" or "Phụ lục I" (R-APX-1). */
  label: PrintedText;
  title: PrintedText;
  /** "(Kèm theo Kế hoạch số 38/KH-LĐLĐ ngày 01/4/2022 của Liên đoàn Lao động tỉnh Lai Châu)". */
  attached?: PrintedText;
  orientation: "portrait" | "landscape";
  body: PrintedBlock[];
}

export interface Printed {
  profile: Profile;
  header: PrintedHeader;
  /** Type name and subject; absent for a công văn (R-VV-1). */
  title?: PrintedTitle;
  /** A state Quyết định's authority line ("GIÁM ĐỐC SỞ NỘI VỤ"), under the title, before the bases. */
  authority?: PrintedText;
  kinhGui?: PrintedKinhGui;
  body: PrintedBlock[];
  closing: PrintedClosing;
  /** Contact footer lines, page 1 only (R-FOOT-1). */
  footer: PrintedText[];
  annexes: PrintedAnnex[];
  metadata: { title: string; author: string; subject: string; keywords: string; creationDate: string };
}
