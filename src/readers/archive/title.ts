import { classifyHeaderLine, isBodyLine, VV } from "./classify.js";
import { isCaps, type ArchiveLine } from "./lines.js";
import type { Entry } from "./noise.js";
import type { WarningLog } from "./warnings.js";

/** The lines a region was read from and the index of the first entry after it. */
export interface Consumed {
  lines: ArchiveLine[];
  next: number;
}

const SENTENCE_END = /[.:;!?]["”’)*]*$/u;
const MAX_SUBJECT_LINES = 8;
const BODY_SENTENCE = /^\p{Lu}.*[.:!?]["”’)*]*$/u;

function boldMarks(text: string): number {
  return text.match(/\*\*/gu)?.length ?? 0;
}

/**
 * The trích yếu after the type-name line: its lines up to an empty line, a rule, or a line that
 * starts another region. An unclosed "**" keeps it going across empty lines (a bold subject
 * the OCR broke apart).
 */
export function consumeSubject(entries: readonly Entry[], start: number, log: WarningLog, first: readonly ArchiveLine[] = []): Consumed {
  const lines: ArchiveLine[] = [...first];
  let j = start;
  let boldOpen = first.reduce((open, l) => (boldMarks(l.text) % 2 === 1 ? !open : open), false);
  if (lines.length === 0) while (j < entries.length && entries[j]!.role === "blank") j++;
  for (; j < entries.length && lines.length < MAX_SUBJECT_LINES; j++) {
    const e = entries[j]!;
    if (e.role === "blank") {
      if (boldOpen) continue;
      break;
    }
    if (e.role !== "content") break;
    const l = e.l;
    if (classifyHeaderLine(l) !== "caps" && classifyHeaderLine(l) !== "other") break;
    if (isBodyLine(l)) break;
    const previous = lines[lines.length - 1];
    if (previous && !boldOpen && (SENTENCE_END.test(previous.plain) || l.plain.length > 160)) break;
    // A sentence after the subject with no empty line between them ("Về việc X" / "Nội dung."):
    // it starts with a capital, ends with sentence punctuation, and the subject did not announce
    // a continuation. A subject does not end with a full stop, so this line opens the body.
    if (previous && !boldOpen && BODY_SENTENCE.test(l.plain) && !isCaps(l.plain) && !/[,\-–(]$/u.test(previous.plain)) break;
    // A long line, or one that announces what follows, opens the body: the subject was lost.
    if (!previous && (l.plain.length > 250 || /:$/u.test(l.plain))) break;
    // The enacting authority under a Quyết định's subject ("ỦY BAN NHÂN DÂN TỈNH X", "CHỦ TỊCH …").
    // In a sentence-case subject, only when the subject does not go on after it (then it is a stamp).
    if (previous && isEnactingAuthority(l) && (lines.every((s) => !/\p{Ll}/u.test(s.plain)) || !continuesAfter(entries, j))) break;
    // A subject in capitals ends where sentence case starts: that line opens the body.
    if (previous && !boldOpen && lines.every((s) => !/\p{Ll}/u.test(s.plain)) && /^\p{Lu}\p{Ll}/u.test(l.plain)) break;
    lines.push(l);
    if (boldMarks(l.text) % 2 === 1) boldOpen = !boldOpen;
  }
  // A capitals line inside a sentence-case subject that names an office is the receiving
  // office's stamp (seed 004: "LIÊN ĐOÀN LAO ĐỘNG TỈNH THỪA THIÊN HUẾ" between two lines of the
  // subject). Any other capitals line is part of the subject ("CHUYỂN ĐỔI SỐ"): kept, with a warning.
  const allCaps = lines.every((l) => isCaps(l.plain));
  const kept = allCaps
    ? lines
    : lines.filter((l) => {
        if (!isCaps(l.plain)) return true;
        const stamp = isOfficeName(l.plain);
        log.add(l.line, stamp ? "subject-caps-line" : "subject-caps-kept");
        return !stamp;
      });
  return { lines: kept, next: j };
}

// The words an organisation or office name starts with (spec §2.3 issuer names), as written
// in capitals: "LIÊN ĐOÀN LAO ĐỘNG …", "ỦY BAN NHÂN DÂN …", "SỞ …", "TỈNH ỦY …", "VĂN PHÒNG …".
const OFFICE_NAME = new RegExp(
  "^(?:TỔNG )?(?:" +
    [
      "LIÊN ĐOÀN", "CÔNG ĐOÀN", "LĐLĐ", "[UỦ][ỶY] BAN", "UBND", "HĐND", "SỞ", "BAN(?! HÀNH| BỐ)", "BỘ(?! LUẬT)",
      "CỤC", "CHI CỤC", "VĂN PHÒNG", "PHÒNG(?! CHỐNG|,)", "HỘI ĐỒNG", "MẶT TRẬN", "ĐẢNG BỘ", "CHI BỘ", "CÔNG TY",
      "TRƯỜNG", "(?:TỈNH|ĐẢNG|HUYỆN|THÀNH|QUẬN|THỊ|XÃ|PHƯỜNG) [UỦ][ỶY]",
    ].join("|") +
    ")(?![\\p{L}])",
  "u",
);

// The authority that enacts a Quyết định or Nghị quyết, on its own line under the subject.
const ENACTING = /^(?:(?:ĐOÀN |BAN )?CHỦ TỊCH |[UỦ][ỶY] BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BỘ TRƯỞNG|THỦ TƯỚNG|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BAN BÍ THƯ|GIÁM ĐỐC|ĐOÀN CHỦ TỊCH|KHÓA [IVXLC]+)/u;

/** "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" under a subject: the enacting authority. */
export function isEnactingAuthority(l: ArchiveLine): boolean {
  return isCaps(l.plain) && ENACTING.test(l.plain.replace(/\s+/gu, " ").trim());
}

/** A capitals line that names an organisation or office (a receiving office's stamp). */
export function isOfficeName(plain: string): boolean {
  return OFFICE_NAME.test(plain.replace(/\s+/gu, " ").trim());
}

/** Whether the next content line after entry j goes on with a lower-case word (a subject's continuation). */
function continuesAfter(entries: readonly Entry[], j: number): boolean {
  const next = entries[j + 1];
  return next?.role === "content" && /^[\p{Ll}\p{N}]/u.test(next.l.plain);
}

/** The V/v line of a công văn and the lines its summary wraps onto. */
export function consumeVv(entries: readonly Entry[], start: number, first: ArchiveLine): Consumed {
  const lines = [first];
  let j = start + 1;
  for (; j < entries.length && lines.length < MAX_SUBJECT_LINES; j++) {
    const e = entries[j]!;
    if (e.role !== "content") break;
    const l = e.l;
    if (classifyHeaderLine(l) !== "other" || isBodyLine(l) || l.plain.length > 160) break;
    const previous = lines[lines.length - 1]!.plain;
    const continues = /^[\p{Ll}\p{N}]/u.test(l.plain) || /[,;\-–]$/u.test(previous);
    if (!continues || SENTENCE_END.test(previous)) break;
    lines.push(l);
  }
  return { lines, next: j };
}

/** The subject text: lines joined, emphasis marks and the "V/v" prefix removed. */
export function subjectText(lines: readonly ArchiveLine[], vv: boolean): string | undefined {
  const parts = lines.map((l, i) => {
    if (vv && i === 0) {
      const m = VV.exec(l.folded);
      return m ? l.plain.slice(m[0].length) : l.plain;
    }
    return l.plain;
  });
  // A subject never ends with a full stop ("V/v: Thực hiện quy định về hóa đơn.").
  let text = parts.join(" ").replace(/\s+/gu, " ").trim();
  if (vv) text = text.replace(/(?<!\.)\.$/u, "").trim();
  return text === "" ? undefined : text;
}
