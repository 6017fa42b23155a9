import type { Block } from "../model/document.js";
import { inlineFromRuns, parseEmphasis } from "../text/inline-marks.js";
import { looksLikeTitle, recognizeMarker } from "../text/markers.js";

/** A legal-basis line opens with one of these (spec R-BODY-4). */
const BASIS = /^(Căn cứ|Theo đề nghị|Xét đề nghị)\b/u;

/**
 * One logical line of body text (already rejoined across hard breaks) to a block, using the
 * shared marker recognition. Readers of archives and of draft templates both call this.
 */
export function blockFromLine(line: string, options: { allowBasis?: boolean } = {}): Block {
  const text = line.trim();
  const marker = recognizeMarker(text);
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
