import type { Signature } from "../../model/document.js";
import type { ArchiveLine } from "./lines.js";
import type { WarningLog } from "./warnings.js";

/** The signature block's lines as read from the closing. */
export interface SignatureLines {
  /** "TM. BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ", "TL. BỘ TRƯỞNG". */
  authority: ArchiveLine[];
  /** "KT. CHỦ TỊCH", "K/T TRƯỞNG BAN". */
  delegation?: ArchiveLine;
  /** Capitals lines without a prefix; the last is the signer's title. */
  titles: ArchiveLine[];
  name?: ArchiveLine;
  /** Every line of the block, in order, as the source of the signature. */
  lines: ArchiveLine[];
}

const ACADEMIC = /^(?:TS|ThS|GS|PGS|KS|CN|BS|Ths|TSKH|GS\.TS|PGS\.TS)\.?\s+/u;
// "Nguyễn Thị Thiện", "Phan Ngọc Thọ": two to seven capitalised words.
const NAME = /^(?:\p{Lu}\p{Ll}*\.?\s+){1,6}\p{Lu}\p{Ll}*$/u;

/** A signer's name on its own line, possibly with an academic title before it. */
export function isNameLine(l: ArchiveLine): boolean {
  const s = l.plain.replace(ACADEMIC, "");
  return s.length <= 60 && NAME.test(s) && /\p{Ll}/u.test(s);
}

/** The signature as far as the text gives it; missing parts are left out and warned about. */
export function assembleSignature(s: SignatureLines, log: WarningLog, anchor: number): Partial<Signature> | undefined {
  if (s.lines.length === 0) return undefined;
  const sig: Partial<Signature> = {};
  const titles = [...s.titles];
  const title = titles.pop();
  // Capitals lines above the title continue the authority ("TM. BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH").
  const authority = [...s.authority, ...titles].map((l) => l.plain);
  if (authority.length) sig.authority = authority;
  if (s.delegation) sig.delegation = s.delegation.plain;
  if (title) sig.title = title.plain;
  else log.add(s.delegation?.line ?? s.authority[0]?.line ?? anchor, "missing-signer-title");
  if (s.name) {
    sig.name = s.name.plain;
    if (ACADEMIC.test(s.name.plain)) log.add(s.name.line, "signer-title");
  } else log.add(s.lines[s.lines.length - 1]?.line ?? anchor, "missing-signer-name");
  return sig;
}
