import { DocumentError } from "../model/errors.js";
import type { Printed } from "../realize/printed.js";
import type { Profile } from "./schema.js";
import { mm, pageBox, type Fonts } from "./geometry.js";
import type { Line, Page } from "./pages.js";

/**
 * NĐ 30/2020 Phụ lục I, ô 14: an annex issued as its own file carries the organisation's
 * digital-signature information at the top right of its first page: the document's number and
 * symbol, and the signing time in ISO 8601 with the Vietnam time zone, Times New Roman, 10 pt,
 * upright, black (the signature image itself is not shown). It sits in the top margin, where the
 * page number would be on later pages, so the annex's text does not move.
 */
export interface AnnexMarkOptions {
  /** When the organisation signs: a Date, or "YYYY-MM-DDTHH:mm:ss+07:00". */
  signedAt: Date | string;
}

const MARK_SIZE = 10;
const ISO_VN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

/** The signing time as ô 14 prints it: ISO 8601, seconds, "+07:00". */
export function vietnamTime(at: Date | string): string {
  if (typeof at === "string") {
    if (ISO_VN.test(at) && !Number.isNaN(Date.parse(at))) return at;
    throw new DocumentError(
      [{ path: "annexMark.signedAt", vi: `thời gian ký "${at}" phải có dạng YYYY-MM-DDTHH:mm:ss+07:00`, en: `signing time "${at}": expected YYYY-MM-DDTHH:mm:ss+07:00` }],
      "options",
    );
  }
  if (Number.isNaN(at.getTime())) {
    throw new DocumentError([{ path: "annexMark.signedAt", vi: "thời gian ký không hợp lệ", en: "the signing time is an invalid Date" }], "options");
  }
  return `${new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

/** Adds the ô 14 lines and an "annexMark" region to the first page of every annex. */
export function addAnnexMarks(pages: Page[], printed: Printed, profile: Profile, fonts: Fonts, options: AnnexMarkOptions): void {
  const time = vietnamTime(options.signedAt);
  const texts = [printed.header.number.runs.map((r) => r.text).join(""), time];
  const lineHeight = fonts.lineHeight("normal", MARK_SIZE);
  const ascent = fonts.ascent("normal", MARK_SIZE);
  const seen = new Set<string>();
  for (const page of pages) {
    if (!page.section.startsWith("annex-") || seen.has(page.section)) continue;
    seen.add(page.section);
    const box = pageBox(profile, page.orientation);
    const right = box.left + box.textWidth;
    const top = mm(profile.pageNumber.topMm);
    const lines: Line[] = texts.map((text, i) => {
      const width = fonts.width(text, "normal", MARK_SIZE);
      const x = right - width;
      return {
        x,
        y: top + ascent + i * lineHeight,
        width,
        spans: [{ text, x, width, face: "normal", size: MARK_SIZE, wordSpacing: 0, underline: false }],
        source: "generated",
        role: "annexMark",
      };
    });
    const w = Math.max(...lines.map((l) => l.width));
    page.lines.push(...lines);
    page.regions.push({ name: "annexMark", x: right - w, y: top, w, h: texts.length * lineHeight });
  }
}
