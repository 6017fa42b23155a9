// The layout itself, given a profile and a font family: no file system, so that the browser entry
// (vanban/layout) runs it. layout-document.ts adds vanban's own profiles and fonts (Node).
import type { Document } from "../model/document.js";
import { parseDocument } from "../model/parse.js";
import { missingGlyphs, type FontSet } from "../fonts/font-set.js";
import { realize } from "../realize/index.js";
import type { Printed, PrintedBlock } from "../realize/printed.js";
import { withPreset } from "./profile-data.js";
import type { Profile } from "./schema.js";
import { maxPages as LIMIT_MAX_PAGES, type Limits } from "../limits.js";
import { Fonts, pageBox, type PageBox } from "./geometry.js";
import type { Page, Pages, Region } from "./pages.js";
import { headerSlice } from "./flow/header.js";
import { centredSlices, preludeSlices } from "./flow/prelude.js";
import { paragraphSlices } from "./flow/paragraph.js";
import { tableSlices } from "./flow/table.js";
import { bandSlices } from "./flow/band.js";
import { distribute, type FilledPage } from "./flow/distribute.js";
import { KEEP, translate, type Slice } from "./flow/slice.js";
import { footerContent, pageNumberLine } from "./furniture.js";
import { DocumentError, type DocumentIssue } from "../model/errors.js";
import { TableTooWideError } from "./errors.js";
import { addAnnexMarks, type AnnexMarkOptions } from "./annex-mark.js";

export interface LayoutOptions {
  /** Profile data to use instead of the bundled layouts/<doc.profile>.json. */
  profile?: Profile;
  /** A named preset of the profile ("decree-example"); "common" by default. */
  preset?: string;
  /** The font family; Liberation Serif (Times New Roman metrics) by default. */
  fonts?: FontSet;
  /** The most pages one document may take (a bound on work, L-LOST-1 names it when hit). */
  maxPages?: number;
  /** Bounds checked when the document is validated (src/limits.ts): field length, blocks. */
  limits?: Partial<Limits>;
  /** ô 14: annexes issued as their own file get the organisation's signature information. */
  annexMark?: AnnexMarkOptions;
  /** Lay out annex N (1-based) alone, as its own file (numbered from 1, section "annex-N"). */
  annex?: number;
}

/** What electronic issuance adds to a layout (issue 13). */
export type IssuanceLayout = Pick<LayoutOptions, "annexMark" | "annex">;

/** Default bound on the pages of one document: far above any real one, well below what exhausts memory (src/limits.ts). */
export const DEFAULT_MAX_PAGES = LIMIT_MAX_PAGES;

function blockSlices(blocks: PrintedBlock[], profile: Profile, box: PageBox, fonts: Fonts, pageHeight: number): Slice[] {
  const out: Slice[] = [];
  // L-HEAD-1: a title keeps with the first 2 lines of what follows (2 slices, across blocks).
  let kept = 0;
  for (const block of blocks) {
    const slices = block.type === "table" ? tableSlices(block, profile, box, fonts, pageHeight) : paragraphSlices(block, profile, box, fonts);
    for (const s of slices.slice(0, kept)) s.keep = Math.max(s.keep, KEEP.title);
    kept = block.type === "paragraph" && block.keepWithNext ? 2 : Math.max(0, kept - slices.length);
    out.push(...slices);
  }
  return out;
}

interface Section {
  name: string;
  box: PageBox;
  filled: FilledPage[];
  footer?: ReturnType<typeof footerContent>;
}

/** The main text: header band, title, Kính gửi, body, closing band (kept with the body's last lines). */
function mainSection(printed: Printed, fonts: Fonts, maxPages: number): Section {
  const profile = printed.profile;
  const box = pageBox(profile);
  const pageHeight = box.bottom - box.top;
  const header = headerSlice(printed.header, profile, box, fonts);
  const prelude = preludeSlices(printed, box, fonts);
  const body = blockSlices(printed.body, profile, box, fonts, pageHeight);
  const band = bandSlices(printed.closing, profile, box, fonts, pageHeight);
  // The title and Kính gửi stay with the header and the body's first lines.
  for (const s of prelude) s.keep = Math.max(s.keep, KEEP.opening);
  if (body[0]) body[0].keep = Math.max(body[0].keep, KEEP.opening);
  // L-BAND-1: the band takes with it the body's last two lines (the "./." among them).
  const lastBody = body[body.length - 1];
  if (lastBody) lastBody.keep = KEEP.band;
  const slices = [header, ...prelude, ...body, ...band];
  // R-FOOT-1: the contact footer takes its own height and a 6 pt gap off page 1's text block.
  const footer = printed.footer.length ? footerContent(printed.footer, profile, box, fonts) : undefined;
  const firstBottom = footer ? footer.top - 6 : box.bottom;
  const filled = distribute(slices, { box, firstBottom, maxPages, pagesBefore: 0 });
  return { name: "main", box, filled, ...(footer ? { footer } : {}) };
}

/** An annex (R-APX-1): its own pages and orientation, a centred heading, then its body. */
function annexSection(printed: Printed, index: number, fonts: Fonts, maxPages: number, pagesBefore: number): Section {
  const orientation = printed.annexes[index]!.orientation;
  try {
    return annexIn(printed, index, fonts, maxPages, pagesBefore, orientation);
  } catch (e) {
    // L-TABLE-2: a table too wide for a portrait annex turns the annex landscape.
    if (e instanceof TableTooWideError && orientation === "portrait") return annexIn(printed, index, fonts, maxPages, pagesBefore, "landscape");
    throw e;
  }
}

function annexIn(printed: Printed, index: number, fonts: Fonts, maxPages: number, pagesBefore: number, orientation: "portrait" | "landscape"): Section {
  const profile = printed.profile;
  const annex = printed.annexes[index]!;
  const box = pageBox(profile, orientation);
  const el = profile.elements;
  const heading = [
    ...centredSlices(annex.label, el.annexLabel, box, fonts, "annexHeading"),
    ...centredSlices(annex.title, el.annexTitle, box, fonts, "annexHeading"),
    ...(annex.attached ? centredSlices(annex.attached, el.annexAttached, box, fonts, "annexHeading") : []),
  ];
  for (const s of heading) s.keep = Math.max(s.keep, KEEP.opening);
  heading[heading.length - 1]!.spaceAfter = profile.title.gapAfterPt;
  const body = blockSlices(annex.body, profile, box, fonts, box.bottom - box.top);
  if (body[0]) body[0].keep = Math.max(body[0].keep, KEEP.opening);
  const filled = distribute([...heading, ...body], { box, maxPages, pagesBefore });
  return { name: `annex-${index + 1}`, box, filled };
}

/** Bounding box of the slices of one area on a page. */
function areaRegion(name: string, placed: FilledPage["placed"], box: PageBox): Region | undefined {
  const mine = placed.filter((p) => p.slice.area === name);
  if (!mine.length) return undefined;
  const top = Math.min(...mine.map((p) => p.y));
  const bottom = Math.max(...mine.map((p) => p.y + p.slice.height));
  return { name, x: box.left, y: top, w: box.textWidth, h: bottom - top };
}

function toPages(sections: Section[], profile: Profile, fonts: Fonts): Page[] {
  const pages: Page[] = [];
  for (const section of sections) {
    section.filled.forEach((filled, k) => {
      const page: Page = {
        index: pages.length,
        number: null,
        section: section.name,
        width: section.box.width,
        height: section.box.height,
        orientation: section.box.orientation,
        lines: [],
        rules: [],
        frames: [],
        regions: [],
      };
      for (const { slice, y } of filled.placed) {
        const t = translate(slice, y);
        page.lines.push(...t.lines);
        page.rules.push(...t.rules);
        page.frames.push(...t.frames);
        page.regions.push(...t.regions);
      }
      for (const area of ["title", "kinhGui", "body", "annexHeading"]) {
        const r = areaRegion(area, filled.placed, section.box);
        if (r) page.regions.push(r);
      }
      const number = pageNumberLine(k + 1, profile, section.box, fonts);
      if (number) {
        page.number = String(k + 1);
        page.lines.push(number);
        page.regions.push({ name: "pageNumber", x: section.box.left, y: number.y - 20, w: section.box.textWidth, h: 24 });
      }
      if (k === 0 && section.footer) {
        page.lines.push(...section.footer.lines);
        page.rules.push(...section.footer.rules);
        page.regions.push({ name: "footer", x: section.box.left, y: section.footer.top, w: section.box.textWidth, h: section.box.bottom - section.footer.top });
      }
      pages.push(page);
    });
  }
  return pages;
}

/** A font that cannot draw a character would print boxes: refuse it, naming the field and the characters. */
function assertGlyphs(pages: Page[], fontSet: FontSet): void {
  const issues: DocumentIssue[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    for (const line of page.lines) {
      const missing = missingGlyphs(fontSet, line.spans.map((s) => s.text).join(""));
      if (!missing.length || seen.has(line.source)) continue;
      seen.add(line.source);
      const list = missing.map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ");
      issues.push({ path: line.source, vi: `phông "${fontSet.name}" thiếu ký tự ${list}`, en: `font "${fontSet.name}" cannot draw ${list}` });
    }
  }
  if (issues.length) throw new DocumentError(issues, "font");
}

/** Lays out realized text into pages (DESIGN.md, "layout"). */
export function layoutPrinted(printed: Printed, fontSet: FontSet, maxPages = DEFAULT_MAX_PAGES, issuance: IssuanceLayout = {}): Pages {
  const fonts = new Fonts(fontSet);
  let sections: Section[];
  if (issuance.annex !== undefined) sections = [annexSection(printed, annexIndex(printed, issuance.annex), fonts, maxPages, 0)];
  else {
    sections = [mainSection(printed, fonts, maxPages)];
    let count = sections[0]!.filled.length;
    printed.annexes.forEach((_, i) => {
      const s = annexSection(printed, i, fonts, maxPages, count);
      count += s.filled.length;
      sections.push(s);
    });
  }
  const pages = toPages(sections, printed.profile, fonts);
  if (issuance.annexMark) addAnnexMarks(pages, printed, printed.profile, fonts, issuance.annexMark);
  assertGlyphs(pages, fontSet);
  return { profile: printed.profile.variant, family: fontSet.name, metadata: printed.metadata, pages };
}

/** The 0-based index of annex `n` (1-based), or a bilingual error naming the annexes there are. */
function annexIndex(printed: Printed, n: number): number {
  if (Number.isInteger(n) && n >= 1 && n <= printed.annexes.length) return n - 1;
  throw new DocumentError(
    [{ path: "annex", vi: `không có phụ lục ${n} (văn bản có ${printed.annexes.length} phụ lục)`, en: `no annex ${n} (the document has ${printed.annexes.length})` }],
    "options",
  );
}

/**
 * Validates a document and lays it out with the profile `profileOf` gives for it (a preset of the
 * options applied) and the font family given.
 */
export function layoutWith(input: Document, profileOf: (doc: Document) => Profile, fontSet: FontSet, options: Omit<LayoutOptions, "fonts" | "profile"> = {}): Pages {
  const doc = parseDocument(input, options.limits ? { limits: options.limits } : {});
  const profile = withPreset(profileOf(doc), options.preset);
  return layoutPrinted(realize(doc, profile), fontSet, options.maxPages ?? DEFAULT_MAX_PAGES, {
    ...(options.annexMark ? { annexMark: options.annexMark } : {}),
    ...(options.annex !== undefined ? { annex: options.annex } : {}),
  });
}
