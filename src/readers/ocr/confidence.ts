import { validateDocument } from "../../model/parse.js";
import type { FieldName, ImportResult, ImportWarning, PartialDocument } from "../archive/types.js";
import { withoutEdgeMarks } from "../archive/lines.js";
import type { VocabularyName } from "./vocabulary.js";

/** A word OCR read, with its confidence (0–100). */
export interface ConfidentWord {
  text: string;
  conf: number;
  /** Where OCR read it: the page, and how far down it (0 top, 1 bottom). */
  page?: number;
  y?: number;
  /** Its box in the page image, as shares of the page's width and height, and its line's key (Tesseract's). */
  box?: Box;
  line?: string;
  /** Coloured ink (a seal, a stamp) lay over it: its confidence stays what it was capped to. */
  covered?: true;
  /**
   * For a covered word of parts joined by "/" or "-" ("KH/TU"): the parts the ink lay over
   * (a handwritten number's last digit over the type code), and OCR's own confidence.
   */
  inked?: string[];
  ocrConf?: number;
}

/** A box on a page, each edge as a share of the page's width or height (0 left or top, 1 right or bottom). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a field stands: the top half of the first page (the header), or the last page (the signature). */
type Region = "head" | "foot";

/** The words OCR read in a region; words without a place count everywhere. */
export function inRegion(words: readonly ConfidentWord[], region: Region): ConfidentWord[] {
  const last = Math.max(1, ...words.map((w) => w.page ?? 1));
  return words.filter((w) => w.page === undefined || (region === "head" ? w.page === 1 && (w.y ?? 0) < 0.5 : w.page === last));
}

/** A word as the confidence index keys it: NFC, no "*", no punctuation at its edges. */
export const wordKey = (s: string) => withoutEdgeMarks(s.normalize("NFC").replace(/\*/gu, ""));

/**
 * The confidence of each word OCR read, by its key (wordKey): of its first reading from the top of
 * the page, where a header field's words stand (the same word further down is the body's).
 */
export function confidenceIndex(words: readonly ConfidentWord[]): Map<string, number> {
  const index = new Map<string, number>();
  const ordered = [...words].sort((a, b) => (a.page ?? 1) - (b.page ?? 1) || (a.y ?? 0) - (b.y ?? 0));
  for (const w of ordered) {
    const key = wordKey(w.text);
    if (key && !index.has(key)) index.set(key, w.conf);
  }
  return index;
}

/**
 * The confidence of a text OCR read: the lowest of its words'. A word the importer split or
 * joined differently ("Số:15/KH" read as one word) is found inside the word OCR read.
 */
export function textConfidence(text: string, index: ReadonlyMap<string, number>): number | undefined {
  let lowest: number | undefined;
  for (const token of text.split(/\s+/u).map(wordKey).filter(Boolean)) {
    let conf = index.get(token);
    if (conf === undefined && token.length >= 2) {
      for (const [word, c] of index) if (word.length >= 2 && (word.includes(token) || token.includes(word))) conf = Math.min(conf ?? 100, c);
    }
    if (conf !== undefined) lowest = Math.min(lowest ?? 100, conf);
  }
  return lowest;
}

/** A header field as OCR gave it, the document keys it fills, and the line it was read from. */
export interface FieldReading {
  region: Region;
  label: { vi: string; en: string };
  keys: FieldName[];
  text: string;
  line: number;
  /**
   * Only this part of the field is emptied: the signature's authority lines, or its signer
   * (delegation, title, name), each read on its own (the seal covers the one, not the other).
   */
  part?: "authority" | "signer";
  /** The evidence starts a line, or follows a number and symbol on it (the date line: its place is read whole). */
  startsLine?: boolean;
  /**
   * What a second reading of the page must also show for the field to be kept: each string's
   * words one after the other (a wrapped line's words need not be on one line).
   */
  evidence: string[];
  /** The evidence is compared without regard to case (the subject's case is the layout's). */
  anyCase?: boolean;
  /** The closed list the field's lines come from (never for free text: the subject, names). */
  vocabulary?: VocabularyName;
  /**
   * For each evidence string, the vocabulary's entry it stands for (vocabulary.ts), if any: what
   * another reading is compared with, by base letters.
   */
  entries?: (string | undefined)[];
  /**
   * Words the page shows elsewhere that this field repeats: the place's, the issuer's lines
   * ("HUYỆN ĐÔNG ANH" for "Đông Anh"). Of two readings that differ only in marks, the one they show.
   */
  namedElsewhere?: string[];
  /** What a warning quotes, when `text` (the words whose confidence counts) holds more: a subject's lines, not also its rejoined value. */
  shown?: string;
  /**
   * The number line's number is blank or a handwritten fill's traces ("Số: 32) /BC-UBND"): the
   * field is its symbol; the label and what stands for the number are no part of it, in this
   * reading or another.
   */
  numberTraces?: boolean;
}

// "Số: 32) /BC-UBND", "Số /BC-UBND": the label, what stands for the number, and the symbol.
const NUMBER_PARTS = /^s[oốô]\s*:?\s*([^\s/]{0,6})\s*\/\s*(\p{Lu}\S*)$/iu;
// The same in another reading of the line's box, whose label may be misread ("Só:", "Sá") or cut off.
const OTHER_NUMBER_PARTS = /^(?:s\S{0,2}?\s*:?\s*)?([^\s/]{0,6})\s*\/\s*(\p{Lu}\S*)$/iu;

/**
 * "Số: 32) /BC-UBND" → "/BC-UBND" when what stands for the number is none or no number (with
 * `anyNumber`, whatever it is: another reading of those traces may make digits of them); undefined otherwise.
 */
export function withoutNumberTraces(line: string, anyNumber = false): string | undefined {
  // "84 /TTr -UBND": spaces around the symbol's separators are no part of it.
  const closed = line.normalize("NFC").trim().replace(/\s*([/-])\s*(?=\p{Lu})/gu, "$1");
  const m = (anyNumber ? OTHER_NUMBER_PARTS : NUMBER_PARTS).exec(closed);
  // "Số -KH/TU", "Số KH/TU": the party's type code before the "/", no number's place.
  if (!m || /-|^\p{Lu}{2}/u.test(m[1]!)) return undefined;
  return anyNumber || !/^\d+[a-z]?$/u.test(m[1]!) ? `/${m[2]}` : undefined;
}

/** "Số: 60/HD - LĐLĐ" (or "Số:60/HD-LĐLĐ", its label misread "Só:60/…") → "60/HD-LĐLĐ": the number and symbol as one token; "Số: TB-UBND" (a blank number) → "TB-UBND". */
function symbolToken(numberLine: string): string | undefined {
  const tokens = numberLine
    .normalize("NFC")
    .replace(/\s*([/-])\s*/gu, "$1")
    .replace(/^(s\S{0,2}?:)(?=\d)/iu, "$1 ")
    .split(/\s+/u);
  const token = tokens.find((t) => /^\d/u.test(t) && /[/-]/u.test(t)) ?? (/^s\S{0,2}?:?$/iu.test(tokens[0] ?? "") && /^\p{Lu}\S*[/-]/u.test(tokens[1] ?? "") ? tokens[1] : undefined);
  return token?.replace(/[.,;:]+$/u, "");
}

/** "Hà Nội, ngày 03 tháng 02 năm 2025" and nothing OCR put after the year. */
const upToYear = (dateLine: string) => /^.*?n\S*m\s*\d{4}/u.exec(dateLine)?.[0] ?? dateLine;

/** The header fields OCR filled, each with the text it was read from and what a second reading must show. */
export function readings(result: ImportResult): FieldReading[] {
  const d = result.document as PartialDocument;
  const s = result.source;
  const out: FieldReading[] = [];
  const add = (vi: string, en: string, keys: FieldName[], text: string | undefined, evidence: (string | undefined)[], line = 1, region: Region = "head", anyCase = false, vocabulary?: VocabularyName) => {
    const kept = evidence.filter((e): e is string => Boolean(e?.trim()));
    if (text?.trim()) out.push({ region, label: { vi, en }, keys, text, line, evidence: kept.length ? kept : [text], ...(anyCase ? { anyCase } : {}), ...(vocabulary ? { vocabulary } : {}) });
  };
  const issuerLines = d.issuer ? [...(d.issuer.superior ?? []), ...(d.issuer.body ?? [])].filter((l): l is string => typeof l === "string") : [];
  add("cơ quan ban hành", "issuer", ["issuer"], issuerLines.join(" ") || undefined, issuerLines, 1, "head", false, "issuer");
  const numberText = s.numberLine?.text;
  // A number left blank or the importer could not read (a handwritten fill's traces): the symbol is the field.
  const printed = d.number == null && numberText ? withoutNumberTraces(numberText, true) : undefined;
  if (printed) out.push({ region: "head", label: { vi: "số, ký hiệu", en: "number and symbol" }, keys: ["number", "symbol"], text: printed, shown: numberText, line: s.numberLine?.line ?? 1, evidence: [printed], numberTraces: true });
  else add("số, ký hiệu", "number and symbol", ["number", "symbol"], numberText, [numberText && symbolToken(numberText)], s.numberLine?.line);
  // The symbol's groups abbreviate the issuer's words ("VTLTNN" of "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC").
  const numberField = out.find((f) => f.keys[0] === "number");
  if (numberField && issuerLines.length) numberField.namedElsewhere = issuerLines.flatMap((l) => l.split(/\s+/u));
  // A date left blank, or filled by hand (its traces no value): the place, up to "ngày", is the field.
  const placeOnly = d.date == null && d.place && s.dateLine ? /^.*?ng\S*y/u.exec(s.dateLine.text)?.[0] : undefined;
  if (placeOnly) out.push({ region: "head", label: { vi: "địa danh", en: "place" }, keys: ["place"], text: placeOnly, shown: s.dateLine!.text, line: s.dateLine!.line, evidence: [placeOnly] });
  else add("địa danh, ngày tháng", "place and date", ["place", "date"], s.dateLine?.text, [s.dateLine && upToYear(s.dateLine.text)], s.dateLine?.line);
  const date = out.at(-1);
  if (date?.keys[0] === "place") {
    date.startsLine = true;
    if (issuerLines.length) date.namedElsewhere = issuerLines.flatMap((l) => l.split(/\s+/u));
  }
  add("tên loại", "document type", ["kind"], s.kindLine?.text, [s.kindLine?.text], s.kindLine?.line, "head", false, "kind");
  // A công văn's "V/v" is no part of its subject (a second reading's "Ví", "VN" for it change nothing).
  const subjectLines = (s.subjectLines?.map((l) => l.text) ?? []).map((l, i) => (i === 0 ? l.replace(/^\s*V\s*\/\s*v\b[.:]?\s*/iu, "") : l)).filter((l) => l.trim() !== "");
  const subject = typeof d.subject === "string" ? d.subject : "";
  // Its lines' words and its value's (rejoined, a hyphen's break undone) are all scored; a warning quotes the lines.
  add("trích yếu", "subject", ["subject"], [...subjectLines, subject].join(" "), [subjectLines.length ? subjectLines.join(" ") : subject], s.subjectLines?.[0]?.line, "head", true);
  const subjectReading = out.at(-1);
  if (subjectReading?.keys[0] === "subject") subjectReading.shown = subjectLines.length ? subjectLines.join(" ") : subject;
  const sig = d.signature;
  if (sig) {
    // The authority line stands above the signature space, the title and name around the seal:
    // each is kept or left empty on its own.
    const authority = (sig.authority ?? []).filter((l): l is string => typeof l === "string");
    if (authority.length) out.push({ region: "foot", label: { vi: "thẩm quyền ký", en: "signing authority" }, keys: ["signature"], text: authority.join(" "), line: s.signature?.[0]?.line ?? 1, part: "authority", evidence: authority, vocabulary: "authority" });
    const signer = [sig.delegation, sig.title, sig.name].filter((l): l is string => typeof l === "string" && l.trim() !== "");
    if (signer.length) out.push({ region: "foot", label: { vi: "chức vụ, họ tên người ký", en: "signer's title and name" }, keys: ["signature"], text: signer.join(" "), line: s.signature?.[0]?.line ?? 1, part: "signer", evidence: signer });
  }
  return out;
}

/** A field to empty, and the warning that says why. */
export interface Emptied {
  reading: FieldReading;
  warning: ImportWarning;
}

/**
 * The result with these fields emptied (a field the defaults supplied is not OCR's and stays),
 * their warnings added, and the document validated again.
 */
export function emptyFields<R extends ImportResult>(result: R, emptied: readonly Emptied[]): R {
  if (emptied.length === 0) return result;
  const document = { ...(result.document as PartialDocument) } as Record<string, unknown>;
  const fields = { ...result.fields };
  const warnings: ImportWarning[] = [...result.warnings];
  for (const { reading: r, warning } of emptied) {
    if (r.part === "authority") {
      const { authority: _dropped, ...rest } = (document.signature ?? {}) as Record<string, unknown>;
      document.signature = rest;
    } else if (r.part === "signer") {
      const { delegation: _d, title: _t, name: _n, ...rest } = (document.signature ?? {}) as Record<string, unknown>;
      document.signature = rest;
    } else for (const k of r.keys) {
      if (result.fields[k] !== "text") continue;
      delete document[k];
      fields[k] = "missing";
    }
    // A signature with nothing left in it is no signature.
    if (document.signature && Object.keys(document.signature).length === 0) delete document.signature;
    warnings.push(warning);
  }
  warnings.sort((a, b) => a.line - b.line);
  const validation = validateDocument(document);
  return validation.ok
    ? { ...result, ok: true, document: validation.document, errors: [], warnings, fields }
    : { ...result, ok: false, document: document as PartialDocument, errors: validation.issues, warnings, fields };
}

/**
 * Empties every header field whose OCR confidence is below `threshold`, with a warning that
 * quotes what OCR saw. A field's words are looked up where it stands (the header in the top
 * half of the first page, the signature on the last page): the same word read badly in the
 * body says nothing about it: a field is read, or left for a person to fill, never guessed. A field
 * the defaults supplied is not OCR's and stays.
 */
export function dropUnsureFields<R extends ImportResult>(result: R, words: readonly ConfidentWord[], threshold: number): R {
  const indexes = { head: confidenceIndex(inRegion(words, "head")), foot: confidenceIndex(inRegion(words, "foot")) };
  const emptied: Emptied[] = [];
  for (const r of readings(result)) {
    if (!r.keys.some((k) => result.fields[k] === "text")) continue;
    const conf = textConfidence(r.text, indexes[r.region]);
    if (conf !== undefined && conf < threshold) emptied.push(lowConfidence(r, conf, threshold));
  }
  return emptyFields(result, emptied);
}

/** A field emptied for its confidence, with a warning that quotes what OCR saw. */
export function lowConfidence(r: FieldReading, conf: number, threshold: number): Emptied {
  const seen = (r.shown ?? r.text).replace(/\*/gu, "").trim();
  const pct = Math.round(conf);
  return {
    reading: r,
    warning: {
      line: r.line,
      text: seen,
      code: "ocr-low-confidence",
      vi: `${r.label.vi}: OCR đọc được "${seen}" với độ tin cậy ${pct}% (dưới ${threshold}%): để trống, cần nhập tay`,
      en: `${r.label.en}: OCR saw "${seen}" with ${pct}% confidence (below ${threshold}%): left empty for a person to fill`,
    },
  };
}
