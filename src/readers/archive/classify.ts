import { KIND_IDS, KIND_NAMES, type KindId } from "../../model/kinds.js";
import { recognizeMarker } from "../../text/markers.js";
import { isBasisLine } from "../text-body.js";
import { isDateLine } from "./date-line.js";
import { foldVi, isCaps, makeLine, withoutEdgeMarks, type ArchiveLine } from "./lines.js";
import { isNumberLine } from "./number-line.js";

/** What a line of the header region is. */
export type HeaderTag =
  | "national"
  | "motto"
  | "party-title"
  | "number"
  | "date"
  | "vv"
  | "kind"
  | "kinh-gui"
  | "urgency"
  | "circulation"
  | "secrecy"
  | "caps"
  | "other";

const KIND_BY_FOLDED = new Map<string, KindId>(KIND_IDS.map((id) => [foldVi(KIND_NAMES[id]), id]));

/**
 * "KẾ HOẠCH", "Kế hoạch", "KE HOACH" alone on a line. A name followed by a colon ("QUYẾT ĐỊNH:")
 * is the enacting line of the body, not the type name.
 */
export function kindOfLine(l: ArchiveLine): KindId | undefined {
  if (l.folded.length > 20 || /:\s*$/u.test(l.folded)) return undefined;
  return KIND_BY_FOLDED.get(l.folded.replace(/(?<![\s.])[\s.]+$/u, "").replace(/\s+/gu, " "));
}

/**
 * "KẾ HOẠCH Thực hiện Nghị quyết …": a type name fused with the subject on one line comes
 * back as the two lines; any other line as itself.
 */
export function splitKindAndSubject(l: ArchiveLine): ArchiveLine[] {
  if (l.folded.length <= 20 || !isCaps(l.plain.slice(0, 3))) return [l];
  for (const name of KIND_BY_FOLDED.keys()) {
    if (!l.folded.startsWith(`${name} `)) continue;
    const head = l.plain.slice(0, name.length);
    const rest = l.plain.slice(name.length).trim();
    if (isCaps(head) && rest !== "" && !isCaps(rest)) return [makeLine(l.line, head), makeLine(l.line, rest)];
  }
  return [l];
}

// Type names of documents the model has no kind for yet: read as the type-name line (so that the
// subject after them is found), with the kind left empty.
const UNSUPPORTED_KIND = /^(?:thong tu(?: lien tich)?|nghi dinh|luat|phap lenh|lenh|cong dien|giay moi|thong tri lien tich)$/u;

/** "THÔNG TƯ", "NGHỊ ĐỊNH": a type name the model has no kind for. */
export function isUnsupportedKindLine(l: ArchiveLine): boolean {
  return isCaps(l.plain) && UNSUPPORTED_KIND.test(l.folded.replace(/[\s.]+$/u, ""));
}

export const NATIONAL = /^cong hoa xa hoi chu nghia viet nam$/;
export const MOTTO = /^doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc$/;
export const PARTY_TITLE = /^dang cong san viet nam$/;
export const VV = /^v\s*\/\s*v(?![a-z])\s*:?\s*/;
// A speck OCR read as a dash may stand before it ("- Kính gửi:").
export const KINH_GUI = /^(?:[-–—]\s*)?kinh gui(?![a-z])\s*:?\s*/;
export const NOI_NHAN = /^noi ?nhan(?![a-z])\s*:?\s*/;
const URGENCY = new Map([
  ["khan", "KHẨN"],
  ["thuong khan", "THƯỢNG KHẨN"],
  ["hoa toc", "HỎA TỐC"],
] as const);
const CIRCULATION = new Map([
  ["xem xong tra lai", "XEM XONG TRẢ LẠI"],
  ["luu hanh noi bo", "LƯU HÀNH NỘI BỘ"],
] as const);

/**
 * A mark's words without the edges of the box it is printed in, as OCR reads them ("|MẬT|",
 * ":MẬT", "[KHẨN]"): the mark alone on its line, its box's sides read as punctuation.
 */
const unboxed = (folded: string) => folded.replace(/^[\s|:;.,'"`[\](){}_-]+|[\s|:;.,'"`[\](){}_-]+$/gu, "");

export function urgencyOf(l: ArchiveLine): "KHẨN" | "THƯỢNG KHẨN" | "HỎA TỐC" | undefined {
  return isCaps(l.plain) ? URGENCY.get(unboxed(l.folded) as "khan") : undefined;
}

const SECRECY = new Map([
  ["mat", "MẬT"],
  ["toi mat", "TỐI MẬT"],
  ["tuyet mat", "TUYỆT MẬT"],
] as const);

/** The secrecy mark ("MẬT", spec §2.9) alone on a line, in capitals. */
export function secrecyOf(l: ArchiveLine): "MẬT" | "TỐI MẬT" | "TUYỆT MẬT" | undefined {
  return isCaps(l.plain) ? SECRECY.get(unboxed(l.folded) as "mat") : undefined;
}

export function circulationOf(l: ArchiveLine): "XEM XONG TRẢ LẠI" | "LƯU HÀNH NỘI BỘ" | undefined {
  return isCaps(l.plain) ? CIRCULATION.get(unboxed(l.folded) as "luu hanh noi bo") : undefined;
}

// Signature authority prefixes of every profile (spec §5), with the spellings OCR leaves.
const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L)(?:\s*[.:]\s*|\s+)(?=\p{Lu})/u;

/** "TM. BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH". */
export function isAuthorityLine(l: ArchiveLine): boolean {
  return l.plain.length <= 120 && AUTHORITY.test(l.plain) && isCaps(l.plain);
}

/** A line that the shared body rules would read as a heading, item or legal basis. */
export function isBodyLine(l: ArchiveLine): boolean {
  return recognizeMarker(l.plain) !== undefined || isBasisLine(l.plain);
}

const tagCache = new WeakMap<ArchiveLine, HeaderTag>();

export function classifyHeaderLine(l: ArchiveLine): HeaderTag {
  let tag = tagCache.get(l);
  if (tag === undefined) {
    tag = classify(l);
    tagCache.set(l, tag);
  }
  return tag;
}

/**
 * A folded line with each run of one vowel written once: OCR writes a capital with two marks as
 * two letters ("ĐÁẢNG", "CỘÔNG", "TÔỔNG"), and no word of the fixed titles has a vowel twice.
 */
const oneOfEachVowel = (folded: string) => folded.replace(/([aeiouy])\1+/gu, "$1");

function classify(l: ArchiveLine): HeaderTag {
  const f = l.folded;
  // The fixed titles have no mark at either end: one there is a speck ("… VIỆT NAM.").
  const titles = withoutEdgeMarks(oneOfEachVowel(f));
  if (NATIONAL.test(titles)) return "national";
  if (MOTTO.test(titles)) return "motto";
  if (PARTY_TITLE.test(titles)) return "party-title";
  if (isNumberLine(l)) return "number";
  if (isDateLine(l)) return "date";
  if (VV.test(f) && l.plain.length <= 300) return "vv";
  if (KINH_GUI.test(f) && l.plain.length <= 300) return "kinh-gui";
  if (kindOfLine(l) || isUnsupportedKindLine(l)) return "kind";
  if (urgencyOf(l)) return "urgency";
  if (circulationOf(l)) return "circulation";
  if (secrecyOf(l)) return "secrecy";
  if (NOI_NHAN.test(f) || isAuthorityLine(l) || isBodyLine(l)) return "other";
  if (isCaps(l.plain) && l.plain.length <= 100 && !/[:;]$/u.test(l.plain)) return "caps";
  return "other";
}
