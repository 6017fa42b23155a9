import type { Frame, Line, Region, Rule } from "../pages.js";

/**
 * A slice is what the page filler moves as one piece: a line of a paragraph, a table row, the
 * header band, the closing band. Its content is positioned relative to the slice's top; x is
 * already the page's. `breakBefore` says whether a page may end right before it: the keep
 * rules (widows, orphans, headings, the band) are all expressed by clearing it.
 */
export interface Slice {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  spaceAfter: number;
  breakBefore: boolean;
  lines: Line[];
  rules: Rule[];
  frames: Frame[];
  regions: Region[];
  /** The region this slice belongs to ("body", "band"…), so each page's regions can be drawn around it. */
  area: string;
  /** Model path, for an error that names what could not be placed. */
  block: string;
  /** Table header rows, repeated when a page starts with this slice. */
  repeat?: Slice[];
}

export function emptySlice(area: string, block: string, height = 0): Slice {
  return { height, spaceBefore: 0, spaceAfter: 0, breakBefore: true, lines: [], rules: [], frames: [], regions: [], area, block };
}

/** Moves a slice's content down by `dy` (to its place on the page). */
export function translate(slice: Slice, dy: number): Pick<Slice, "lines" | "rules" | "frames" | "regions"> {
  return {
    lines: slice.lines.map((l) => ({ ...l, y: l.y + dy })),
    rules: slice.rules.map((r) => ({ ...r, y1: r.y1 + dy, y2: r.y2 + dy })),
    frames: slice.frames.map((f) => ({ ...f, y: f.y + dy })),
    regions: slice.regions.map((r) => ({ ...r, y: r.y + dy })),
  };
}
