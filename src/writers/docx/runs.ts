import { NoBreakHyphen, TextRun } from "docx";
import type { Style } from "../../layout/schema.js";
import type { Line } from "../../layout/pages.js";
import type { PrintedText } from "../../realize/printed.js";
import { halfPoints, wordColor } from "./units.js";

/**
 * A run's text with each hyphen inside a token ("24-KH/TU", "309/KH-LĐLĐ") as Word's non-breaking
 * hyphen: vanban never breaks a token that fits a line (L-TOKEN-1, R-CITE-1), Word and LibreOffice
 * would break after any hyphen. A spaced dash (" - ") stays a place to break.
 */
export function textWithTokenHyphens(text: string): (string | NoBreakHyphen)[] {
  const parts = text.split(/(?<=\S)-(?=\S)/u);
  return parts.flatMap((p, i) => (i === 0 ? (p ? [p] : []) : [new NoBreakHyphen(), ...(p ? [p] : [])]));
}

/** A printed text as Word runs: the element's size and emphasis, each run's own emphasis on top. */
export function runsOf(text: PrintedText, style: Style, size = style.size, color?: string): TextRun[] {
  return text.runs.map(
    (r) =>
      new TextRun({
        children: textWithTokenHyphens(r.text),
        size: halfPoints(size),
        bold: !!(style.bold || r.bold),
        italics: !!(style.italic || r.italic),
        ...(style.underline || r.underline ? { underline: {} } : {}),
        ...(wordColor(color) ? { color: wordColor(color)! } : {}),
      }),
  );
}

/**
 * Lines the layout broke (balanced header and title lines) as runs with a line break between
 * them, so Word shows the same lines as the PDF: the spans are the printed strings, cut where the
 * layout cut them.
 */
export function runsOfLines(lines: Line[]): TextRun[] {
  return lines.flatMap((line, k) =>
    line.spans.map(
      (s, j) =>
        new TextRun({
          text: s.text,
          size: halfPoints(s.size),
          bold: s.face === "bold" || s.face === "bolditalics",
          italics: s.face === "italics" || s.face === "bolditalics",
          ...(s.underline ? { underline: {} } : {}),
          ...(wordColor(s.color) && s.color !== "black" ? { color: wordColor(s.color)! } : {}),
          ...(k > 0 && j === 0 ? { break: 1 } : {}),
        }),
    ),
  );
}
