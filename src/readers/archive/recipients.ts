import type { Recipient, RecipientGroup } from "../../model/document.js";
import { itemText } from "./kinh-gui.js";
import { foldVi, type ArchiveLine } from "./lines.js";
import { trimEndWhere } from "../../text/trim.js";
import type { WarningLog } from "./warnings.js";

/** One line after "Nơi nhận:" as read. */
export type RecipientLine =
  | { kind: "item"; line: ArchiveLine; name: string; note?: string }
  | { kind: "group"; line: ArchiveLine; note: string }
  | { kind: "archive"; line: ArchiveLine; units: string[]; drafter?: string; copies?: number };

const DASH = /^[-–—+•]\s*/u;
const ARCHIVE = /^luu(?![a-z])\s*:?\s*/;
// Notes that say why a copy is sent: "(b/c)", "(Để thực hiện)", "(thay b/c)" …
const NOTE_WORDS = /^(?:de|b\/c|bc|bao cao|thay|phoi hop|thuc hien|biet|chi dao|t\/h|theo doi|d\/b|p\/h|e\/m|kiem tra|giam sat|tong hop)(?![a-z])/;
const TRAILING_PARENS = /\(([^()]*)\)[\s;,.]*$/u;

function unwrapNote(s: string): string {
  return trimEndWhere(s.replace(/^[\s(]+/u, ""), (c) => /[\s);,.]/u.test(c)).trim();
}

/**
 * "- Tổng LĐLĐ Việt Nam (b/c);" and the archive-typical "- Tổng LĐLĐ Việt Nam; (b/c)" both give
 * { name: "Tổng LĐLĐ Việt Nam", note: "b/c" }. A parenthesis is a note when it follows the line's
 * punctuation or reads like one; otherwise it is part of the name ("Sở Nội vụ (Phòng TCCC)").
 */
export function readRecipientLine(l: ArchiveLine): RecipientLine {
  const rest = l.plain.replace(DASH, "").trim();
  if (rest.startsWith("}")) return { kind: "group", line: l, note: unwrapNote(rest.slice(1)) };
  const archive = ARCHIVE.exec(foldVi(rest));
  if (archive) return { kind: "archive", line: l, ...readArchive(rest.slice(archive[0].length)) };
  const m = TRAILING_PARENS.exec(rest);
  if (m) {
    const before = rest.slice(0, m.index);
    const inner = m[1]!.trim();
    if (inner && (/[;,.]\s*$/u.test(before) || NOTE_WORDS.test(foldVi(inner)))) {
      return { kind: "item", line: l, name: itemText(before), note: inner };
    }
  }
  return { kind: "item", line: l, name: itemText(rest) };
}

/** "VT, CSPL&QHLĐ." → units (the fixed "VT" is removed later, by profile); "TT(05)" → drafter and copies. */
function readArchive(s: string): { units: string[]; drafter?: string; copies?: number } {
  const units = s
    .replace(/(?<![\s.;,])[\s.;,]+$/u, "")
    .split(/(?:(?<!\s)\s+)?[,;]\s*/u)
    .map((u) => u.trim())
    .filter((u) => u !== "");
  const copiesMatch = /^(\p{L}[\p{L}.]*)?\s*\((\d{1,4})\)$/u.exec(units[units.length - 1] ?? "");
  if (!copiesMatch) return { units };
  units.pop();
  const copies = Number(copiesMatch[2]);
  return { units, ...(copiesMatch[1] ? { drafter: copiesMatch[1] } : {}), ...(copies > 0 ? { copies } : {}) };
}

/**
 * Items with their notes, grouping runs of items under the notes of "- } (Báo cáo)" lines
 * (seed 001): the runs between items that carry their own note take the grouped notes in
 * order. A group of one item becomes that item with the note.
 */
export function groupRecipients(lines: readonly RecipientLine[], log: WarningLog): (Recipient | RecipientGroup)[] {
  const items = lines.filter((l) => l.kind === "item");
  const notes = lines.filter((l) => l.kind === "group" && l.note !== "") as Extract<RecipientLine, { kind: "group" }>[];
  const plain = (i: Extract<RecipientLine, { kind: "item" }>): Recipient => (i.note ? { name: i.name, note: i.note } : { name: i.name });
  const valid = items.filter((i) => i.name !== "");
  if (notes.length === 0) return valid.map(plain);

  const out: (Recipient | RecipientGroup)[] = [];
  let run: Recipient[] = [];
  let noteIndex = 0;
  let ungrouped = false;
  const flush = () => {
    if (run.length === 0) return;
    const note = notes[noteIndex]?.note;
    if (note !== undefined) {
      noteIndex++;
      out.push(run.length === 1 ? { ...run[0]!, note } : { note, items: run });
    } else {
      ungrouped = true;
      out.push(...run);
    }
    run = [];
  };
  for (const item of valid) {
    if (item.note) {
      flush();
      out.push(plain(item));
    } else run.push(plain(item));
  }
  flush();
  if (ungrouped || noteIndex !== notes.length) log.add((notes[noteIndex] ?? notes[notes.length - 1]!).line.line, "group-notes-mismatch");
  return out;
}
