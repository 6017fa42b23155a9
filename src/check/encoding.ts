/**
 * R-FONT-2 helpers: text is Unicode in NFC, with no legacy TCVN3 (ABC) or VNI glyph encodings.
 * Those encodings store Vietnamese letters as Latin-1 symbols, so a legacy text shows Latin-1
 * characters that Vietnamese never uses right next to Latin letters: "Céng hßa", "ViÖt",
 * "Coäng hoøa", "ñoaøn".
 */
const LEGACY_GLYPH = "[¡¢£¤¥¦§¨ª¬\\u00AD®¯´µ¶¸¹º¼½¾¿ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ]";
const LEGACY_WORD = new RegExp(`[A-Za-z]${LEGACY_GLYPH}|${LEGACY_GLYPH}[A-Za-z]`, "u");

export type EncodingProblem = "nfc" | "legacy";

export function encodingProblems(text: string): EncodingProblem[] {
  const out: EncodingProblem[] = [];
  if (text !== text.normalize("NFC")) out.push("nfc");
  if (LEGACY_WORD.test(text)) out.push("legacy");
  return out;
}

/** The first word that shows a legacy encoding, for a report. */
export function legacyWord(text: string): string {
  const m = new RegExp(`\\S*(?:${LEGACY_WORD.source})\\S*`, "u").exec(text);
  return m?.[0] ?? "";
}

export const ENCODING_MESSAGES: Record<EncodingProblem, { vi: string; en: string; fix: string }> = {
  nfc: {
    vi: "Văn bản chưa chuẩn hóa Unicode NFC (dấu tách rời khỏi chữ)",
    en: "Text is not Unicode NFC (combining marks stored apart)",
    fix: "Chuẩn hóa văn bản về Unicode dựng sẵn (NFC).",
  },
  legacy: {
    vi: "Văn bản dùng bảng mã cũ (TCVN3/VNI), không phải Unicode",
    en: "Text uses a legacy encoding (TCVN3/VNI), not Unicode",
    fix: "Chuyển mã văn bản sang Unicode (ví dụ bằng công cụ chuyển mã Unikey) rồi nhập lại.",
  },
};
