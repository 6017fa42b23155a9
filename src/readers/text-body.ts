import type { Block } from "../model/document.js";
import { inlineFromRuns, parseEmphasis as parseEmphasisMarks } from "../text/inline-marks.js";
import { looksLikeTitle, recognizeMarker } from "../text/markers.js";

/** A legal-basis line opens with one of these (spec R-BODY-4). */
// JavaScript's \b is ASCII-only and never matches after "cứ": end on a space instead.
const BASIS = /^(Căn cứ|Theo đề nghị|Xét đề nghị)(?=\s|$)/u;

/** "Điều 3. Chánh Văn phòng …" — an article of a Quyết định, Quy chế or Quy định (spec §7.1). */
const ARTICLE = /^Điều\s+(\d+[a-z]?)\.\s+(\S.*)$/u;
/** "Chương II. QUY ĐỊNH CỤ THỂ", "Mục 1: …" — chapters and sections with their title on the line. */
const CHAPTER = /^(Chương|Mục)\s+([IVXLC]+|\d+)\s*[.:\-–]\s*(\S.*)$/u;
/** The enacting line of a Quyết định or Nghị quyết, alone on its line. */
const ENACTMENT = /^(QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:$/u;

/** Whether a line opens like a legal basis ("Căn cứ …"), emphasis marks aside. */
export function isBasisLine(line: string): boolean {
  return BASIS.test(stripMarks(line.trim()));
}

/**
 * One logical line of body text (already rejoined across hard breaks) to a block, using the
 * shared marker recognition. Readers of archives and of draft templates both call this.
 */
export function blockFromLine(line: string, options: { allowBasis?: boolean; emphasis?: boolean } = {}): Block {
  const text = line.trim();
  const article = ARTICLE.exec(stripMarks(text));
  if (article) {
    const title = article[2]!.trim();
    return { type: "article", unit: "dieu", label: article[1]!, title: inlineFromRuns(parseEmphasisMarks(title)) || title };
  }
  const chapter = CHAPTER.exec(stripMarks(text));
  if (chapter) return { type: "article", unit: chapter[1] === "Chương" ? "chuong" : "muc", label: chapter[2]!, title: chapter[3]!.trim() };
  if (ENACTMENT.test(stripMarks(text))) return { type: "enactment", content: stripMarks(text) };
  const marker = recognizeMarker(text);
  // emphasis: false keeps "*" literally; readers use it for pathological lines (very long, many
  // unmatched "*") where reading emphasis would take quadratic time.
  const parseEmphasis = options.emphasis === false ? (s: string) => [{ text: s }] : parseEmphasisMarks;
  if (marker?.kind === "heading") {
    const content = inlineFromRuns(parseEmphasis(marker.rest)) || marker.rest;
    return {
      type: "heading",
      level: marker.level,
      label: marker.label,
      titled: looksLikeTitle(stripMarks(marker.rest), marker.level),
      content,
    };
  }
  if (marker?.kind === "item") {
    return { type: "item", marker: marker.marker, content: inlineFromRuns(parseEmphasis(marker.rest)) || marker.rest };
  }
  const content = inlineFromRuns(parseEmphasis(text)) || text;
  if (options.allowBasis !== false && BASIS.test(stripMarks(text))) return { type: "basis", content };
  return { type: "paragraph", content };
}

function stripMarks(s: string): string {
  return s.replace(/\*+/g, "");
}
