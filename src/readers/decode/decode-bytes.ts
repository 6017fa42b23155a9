import { bytesAsText, tcvn3ToUnicode, vniToUnicode } from "./legacy.js";
import { vietnameseScore } from "./syllable.js";

/** How the bytes of a text were read. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "tcvn3" | "vni" | "windows-1258";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when the text was converted from a legacy encoding: a warning for the reader's report. */
  converted?: { vi: string; en: string };
}

/** Why bytes are not read as text, in Vietnamese and English. */
export class UndecodableError extends Error {
  constructor(readonly reason: { vi: string; en: string }) {
    super(`${reason.vi} / ${reason.en}`);
    this.name = "UndecodableError";
  }
}

// A legacy reading is taken only when nearly every word it gives is a Vietnamese syllable.
const MIN_SHARE = 0.85;
const NAMES: Record<"tcvn3" | "vni" | "windows-1258", string> = { tcvn3: "TCVN3 (ABC, .VnTime)", vni: "VNI (VNI-Times)", "windows-1258": "Windows-1258" };

/** The best legacy reading of text that is not UTF-8, or undefined when none reads as Vietnamese. */
export function legacyReading(bytes: Uint8Array): DecodedText | undefined {
  const raw = bytesAsText(bytes);
  const candidates: { encoding: "tcvn3" | "vni" | "windows-1258"; text: string }[] = [
    { encoding: "tcvn3", text: tcvn3ToUnicode(raw) },
    { encoding: "vni", text: vniToUnicode(raw) },
    { encoding: "windows-1258", text: new TextDecoder("windows-1258").decode(bytes).normalize("NFC") },
  ];
  let best: { encoding: "tcvn3" | "vni" | "windows-1258"; text: string; share: number } | undefined;
  for (const c of candidates) {
    const { share, words } = vietnameseScore(c.text);
    if (words === 0 || share < MIN_SHARE) continue;
    if (!best || share > best.share) best = { ...c, share };
  }
  if (!best) return undefined;
  const name = NAMES[best.encoding];
  return {
    text: best.text,
    encoding: best.encoding,
    converted: { vi: `đã chuyển từ bảng mã ${name} sang Unicode; hãy soát lại`, en: `converted from the ${name} encoding to Unicode; please check it` },
  };
}

/**
 * Bytes of a text file as a string: UTF-8 (with or without a BOM), UTF-16 with a BOM, or a
 * legacy Vietnamese encoding (TCVN3, VNI, Windows-1258) told from the bytes and converted to
 * Unicode NFC, with a note that it was. Anything else throws an UndecodableError with its reason.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UndecodableError({ vi: "không phải tệp văn bản (có byte 0)", en: "not a text file (it holds NUL bytes)" });
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    const legacy = legacyReading(bytes);
    if (legacy) return legacy;
    throw new UndecodableError({
      vi: "không phải văn bản UTF-8, và không đọc được như bảng mã TCVN3, VNI hay Windows-1258 (quá ít từ tiếng Việt hợp lệ)",
      en: "not UTF-8 text, and it does not read as TCVN3, VNI or Windows-1258 either (too few valid Vietnamese words)",
    });
  }
}
