import { makeLine, withText, type ArchiveLine } from "./lines.js";
import type { WarningLog } from "./warnings.js";

/**
 * What a line is before any region is read. "blank" covers empty lines and dropped noise (a
 * dropped stamp behaves like the empty line it replaced, so a paragraph around it is rejoined);
 * "star" and "rule" are layout marks whose meaning depends on where they stand: the Party "*"
 * and the subject rule in the header, noise elsewhere.
 */
export type LineRole = "content" | "blank" | "star" | "rule";

export interface Entry {
  l: ArchiveLine;
  role: LineRole;
}

// Incoming-document stamp (spec §9 "Checker input"): "ĐẾN Số: … / Ngày: … / Chuyển: …".
const STAMP_HEAD = /^(?:ĐẾN|ĐỀN|DEN)(?!\p{L})\s*(?:[:.]\s*)?(?:(?:Số|So|SỐ)(?!\p{L}).*|\d.*)?$/u;
const STAMP_FIELD = /^(?:so|ngay|chuyen|luu ho so(?: so)?)\s*:/;
const STAMP_DATE = /^ngay\s*:\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?$/;
const STAMP_FORWARD = /^chuyen\s*:.{0,30}$/;
const DRAFT = /^[([]?\s*du thao(?: lan \d+)?\s*[)\]]?$/;
const SIGNED = /^[([]\s*(?:da ky|ky(?:,| va)? (?:ghi ro ho ten|dong dau)|ky ten(?:,? dong dau)?|da ky va dong dau)\s*[)\]]$/;
const MARKDOWN_HEADING = /^#{1,6}(?:\s+|$)/;
// A page number the scan left between two pages: "2", "- 2 -", "Trang 2", "Trang 2/5".
const PAGE_NUMBER = /^(?:-\s*\d{1,3}\s*-|\d{1,3}|trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)$/;

function roleOfMarks(text: string): LineRole | undefined {
  if (!/^[-_=*.…]/u.test(text)) return undefined;
  const compact = text.replace(/\s+/g, "");
  if (compact === "") return undefined;
  if (/^\*{1,2}$/.test(compact)) return "star";
  if (/^(?:-{3,}|_{3,}|={3,}|\*{3,}|\.{5,}|…{2,})$/.test(compact)) return "rule";
  return undefined;
}

/** Lines with noise removed or marked, each removal recorded as a warning on its line. */
export function prepareLines(rawLines: readonly string[], log: WarningLog): Entry[] {
  const entries: Entry[] = [];
  let stampUntil = -1;
  // A run of empty lines reads as one: no region counts them, and an archive may hold
  // hundreds of thousands of them (a scan's empty pages), so only the first gets an entry.
  let emptyBefore = false;
  rawLines.forEach((raw, index) => {
    if (raw === "" || (raw.length < 200 && raw.trim() === "")) {
      if (!emptyBefore) entries.push({ l: { line: index + 1, raw, text: "", plain: "", folded: "" }, role: "blank" });
      emptyBefore = true;
      return;
    }
    emptyBefore = false;
    let l = makeLine(index + 1, raw);
    if (MARKDOWN_HEADING.test(l.text)) {
      l = withText(l, l.text.replace(MARKDOWN_HEADING, ""));
      log.add(l.line, "markdown-heading");
    }
    if (l.text === "") {
      entries.push({ l, role: "blank" });
      return;
    }
    const marks = roleOfMarks(l.text);
    if (marks) {
      entries.push({ l, role: marks });
      return;
    }
    const inStamp = index <= stampUntil && STAMP_FIELD.test(l.folded);
    if (STAMP_HEAD.test(l.plain) || inStamp || STAMP_DATE.test(l.folded) || STAMP_FORWARD.test(l.folded)) {
      // The stamp's other fields follow on the next few lines.
      if (!inStamp) stampUntil = index + 3;
      log.add(l.line, "stamp-dropped");
      entries.push({ l, role: "blank" });
      return;
    }
    if (PAGE_NUMBER.test(l.folded)) {
      log.add(l.line, "page-number");
      entries.push({ l, role: "blank" });
      return;
    }
    if (DRAFT.test(l.folded)) {
      log.add(l.line, "draft-mark");
      entries.push({ l, role: "blank" });
      return;
    }
    if (SIGNED.test(l.folded)) {
      log.add(l.line, "signed-mark");
      entries.push({ l, role: "blank" });
      return;
    }
    entries.push({ l, role: "content" });
  });
  return entries;
}
