import type { KindId } from "../../model/kinds.js";
import { cellsOf, type Band } from "./cells.js";
import { circulationOf, classifyHeaderLine, kindOfLine, secrecyOf, splitKindAndSubject, urgencyOf, type HeaderTag } from "./classify.js";
import { readDateLine, type DateReading } from "./date-line.js";
import { consumeKinhGui } from "./kinh-gui.js";
import { makeLine, type ArchiveLine } from "./lines.js";
import type { Entry } from "./noise.js";
import { readNumberLine, type NumberReading } from "./number-line.js";
import { consumeSubject, consumeVv, isEnactingAuthority } from "./title.js";
import type { WarningLog } from "./warnings.js";

/** Everything read above the body: header band, type name and subject, Kính gửi. */
export interface HeaderReading {
  issuerLines: ArchiveLine[];
  nationalTitle?: ArchiveLine;
  motto?: ArchiveLine;
  partyTitle?: ArchiveLine;
  /** The Party "*" under the issuer. */
  star?: ArchiveLine;
  numberLine?: ArchiveLine;
  number?: NumberReading;
  dateLine?: ArchiveLine;
  date?: DateReading;
  kindLine?: ArchiveLine;
  kind?: KindId;
  /** A type name was read that the model has no kind for ("THÔNG TƯ"). */
  kindUnsupported?: boolean;
  /** The subject stands after the number and date with no type-name line (a web page lost it). */
  untitledSubject?: boolean;
  /** The trích yếu lines, or the V/v lines of a công văn. */
  subjectLines: ArchiveLine[];
  vv: boolean;
  kinhGuiLines: ArchiveLine[];
  kinhGui: string[];
  urgency?: { line: ArchiveLine; value: "KHẨN" | "THƯỢNG KHẨN" | "HỎA TỐC" };
  circulation?: { line: ArchiveLine; value: "XEM XONG TRẢ LẠI" | "LƯU HÀNH NỘI BỘ" };
  secrecy?: { line: ArchiveLine; value: "MẬT" | "TỐI MẬT" | "TUYỆT MẬT" };
  /** The enacting authority under a Quyết định's subject ("GIÁM ĐỐC SỞ NỘI VỤ"), as printed. */
  authorityLine?: ArchiveLine;
  /** Index of the first entry of the body. */
  bodyStart: number;
  /** Lines met in the header that belong to no header element: they open the body. */
  leftovers: ArchiveLine[];
  /** Rules under the issuer, the motto or the subject: layout marks, read and not kept. */
  marks: ArchiveLine[];
}

const HEADER_BAND: Band = {
  cellKind: (c) => {
    const tag = classifyHeaderLine(c);
    return tag === "other" ? undefined : tag;
  },
  // A number line is not whole: OCR puts the date or the party title after it, across a gap.
  isWhole: (l) => !["other", "caps", "number"].includes(classifyHeaderLine(l)),
  refine: splitKindAndSubject,
};

/** Header elements that show that the header goes on after a line the reader cannot place. */
const ANCHORS: ReadonlySet<HeaderTag> = new Set(["national", "motto", "party-title", "number", "date", "vv", "kind", "kinh-gui"]);
const LOOKAHEAD = 3;
// The longest issuer block: superior body and issuing body, each wrapped once or twice.
const MAX_ISSUER_LINES = 5;

function anchorFollows(entries: readonly Entry[], from: number): boolean {
  let seen = 0;
  for (let k = from; k < entries.length && seen < LOOKAHEAD; k++) {
    const e = entries[k]!;
    if (e.role !== "content") continue;
    seen++;
    const first = cellsOf(e.l, HEADER_BAND)[0];
    if (first && ANCHORS.has(classifyHeaderLine(first))) return true;
  }
  return false;
}

/**
 * Reads the header region from the top. The order of its elements does not matter, so header
 * columns serialised one after the other, row by row, or joined with "|" all read the same.
 * The body starts at the first line that is no header element (or a capitals line once the
 * type name or V/v has been read).
 */
export function readHeader(entries: readonly Entry[], log: WarningLog): HeaderReading {
  const r: HeaderReading = { issuerLines: [], subjectLines: [], vv: false, kinhGuiLines: [], kinhGui: [], bodyStart: entries.length, leftovers: [], marks: [] };
  const titled = () => r.kind !== undefined || r.vv || r.kindUnsupported === true || r.untitledSubject === true;

  const leftover = (l: ArchiveLine) => {
    r.leftovers.push(l);
    log.add(l.line, "unplaced-line");
  };

  /** Reads one cell; returns the entry index to continue from when the cell consumed following lines. */
  const take = (cell: ArchiveLine, tag: HeaderTag, index: number, isLast: boolean): number | undefined => {
    switch (tag) {
      case "national":
        if (r.nationalTitle) log.add(cell.line, "duplicate-line");
        r.nationalTitle ??= cell;
        return undefined;
      case "motto":
        if (r.motto) log.add(cell.line, "duplicate-line");
        r.motto ??= cell;
        return undefined;
      case "party-title":
        if (r.partyTitle) log.add(cell.line, "duplicate-line");
        r.partyTitle ??= cell;
        return undefined;
      case "number": {
        if (r.numberLine) return leftover(cell), undefined;
        r.numberLine = cell;
        const reading = readNumberLine(cell);
        if (!reading) log.add(cell.line, "number-unreadable");
        else {
          r.number = reading;
          if (reading.spacesRemoved) log.add(cell.line, "symbol-spaces");
          if (reading.slashMissing) log.add(cell.line, "number-slash-missing");
          if (reading.year !== undefined) log.add(cell.line, "number-year", { vi: String(reading.year), en: String(reading.year) });
          if (reading.numberUnreadable) log.add(cell.line, "number-digits-unreadable");
          else if (reading.number === null) log.add(cell.line, "number-blank");
        }
        return undefined;
      }
      case "date": {
        if (r.dateLine) return leftover(cell), undefined;
        r.dateLine = cell;
        const reading = readDateLine(cell);
        if (!reading) return undefined;
        r.date = reading;
        if (reading.invalid) log.add(cell.line, "date-invalid");
        if (reading.unreadable) log.add(cell.line, "date-unreadable");
        else if (reading.date === null) log.add(cell.line, "date-blank");
        if (reading.fused) {
          log.add(cell.line, "date-fused");
          const rest = makeLine(cell.line, reading.fused);
          const restTag = classifyHeaderLine(rest);
          if (restTag === "other" || (restTag === "caps" && titled())) r.leftovers.push(rest);
          else return take(rest, restTag, index, isLast);
        }
        return undefined;
      }
      case "vv": {
        if (titled()) return leftover(cell), undefined;
        r.vv = true;
        const c = isLast ? consumeVv(entries, index, cell) : { lines: [cell], next: index + 1 };
        r.subjectLines = c.lines;
        return c.next;
      }
      case "kind": {
        if (titled()) return leftover(cell), undefined;
        const kind = kindOfLine(cell);
        if (kind) r.kind = kind;
        else {
          r.kindUnsupported = true;
          log.add(cell.line, "kind-unsupported", { vi: cell.plain, en: cell.plain });
        }
        r.kindLine = cell;
        if (!isLast) return undefined;
        const c = consumeSubject(entries, index + 1, log);
        r.subjectLines = c.lines;
        return c.next;
      }
      case "kinh-gui": {
        if (r.kinhGuiLines.length) return leftover(cell), undefined;
        const c = isLast ? consumeKinhGui(entries, index, cell) : { ...consumeKinhGui([], 0, cell), next: index + 1 };
        r.kinhGuiLines = c.lines;
        r.kinhGui = c.items;
        return c.next;
      }
      case "urgency":
        r.urgency ??= { line: cell, value: urgencyOf(cell)! };
        return undefined;
      case "circulation":
        r.circulation ??= { line: cell, value: circulationOf(cell)! };
        return undefined;
      case "secrecy":
        r.secrecy ??= { line: cell, value: secrecyOf(cell)! };
        return undefined;
      case "caps": {
        if (titled()) return leftover(cell), undefined;
        // After the number and the date, a capitals line is no issuer line: the subject, when the
        // type-name line was lost ("BAN HÀNH QUY ĐỊNH …"), or the enacting authority of the body.
        if (r.numberLine && r.dateLine && r.issuerLines.length > 0) {
          if (isEnactingAuthority(cell) || !isLast) return leftover(cell), undefined;
          r.untitledSubject = true;
          log.add(cell.line, "subject-without-kind");
          const c = consumeSubject(entries, index + 1, log, [cell]);
          r.subjectLines = c.lines;
          return c.next;
        }
        r.issuerLines.push(cell);
        return undefined;
      }
      case "other":
        return leftover(cell), undefined;
    }
  };

  let i = 0;
  while (i < entries.length) {
    const e = entries[i]!;
    if (e.role === "blank") {
      i++;
      continue;
    }
    if (e.role === "rule") {
      r.marks.push(e.l);
      i++;
      continue;
    }
    if (e.role === "star") {
      // The Party mark under the issuer; a second one is noise.
      if (r.star || titled()) log.add(e.l.line, "stray-star");
      r.star ??= e.l;
      i++;
      continue;
    }
    const cells = cellsOf(e.l, HEADER_BAND);
    const tags = cells.map(classifyHeaderLine);
    const first = tags[0];
    if (first === undefined) {
      i++;
      continue;
    }
    if (first === "caps" && !titled() && r.issuerLines.length >= MAX_ISSUER_LINES) {
      // More capitals lines than any issuer block has: not an issuer, the text starts here.
      for (const l of r.issuerLines.splice(0)) leftover(l);
      break;
    }
    if (first === "other" || (first === "caps" && titled())) {
      if (!titled() && anchorFollows(entries, i + 1)) {
        leftover(e.l);
        i++;
        continue;
      }
      break;
    }
    if (cells.length > 1) log.add(e.l.line, "header-cells");
    let next = i + 1;
    for (let k = 0; k < cells.length; k++) {
      const rest = cells.slice(k + 1);
      if (tags[k] === "kind" && rest.length > 0 && !titled()) {
        // The type name with the subject after it on the same line.
        r.kind = kindOfLine(cells[k]!);
        r.kindLine = cells[k]!;
        const c = consumeSubject(entries, i + 1, log, rest);
        r.subjectLines = c.lines;
        next = Math.max(next, c.next);
        break;
      }
      const after = take(cells[k]!, tags[k]!, i, rest.length === 0);
      if (after !== undefined) next = Math.max(next, after);
    }
    i = next;
  }
  // A Quyết định's enacting authority stands alone under the subject, in capitals.
  if (r.kind && r.subjectLines.length) {
    let k = i;
    while (k < entries.length && entries[k]!.role === "blank") k++;
    const e = entries[k];
    if (e?.role === "content" && isEnactingAuthority(e.l) && e.l.plain.length <= 120) {
      r.authorityLine = e.l;
      i = k + 1;
    }
  }
  r.bodyStart = i;
  return r;
}
