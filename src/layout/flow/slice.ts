import type { Frame, Line, Region, Rule } from "../pages.js";

/**
 * A slice is what the page filler moves as one piece: a line of a paragraph, a table row, the
 * header band, the closing band. Its content is positioned relative to the slice's top; x is
 * already the page's. `keep` says how strongly it holds to the slice before it: 0, a page may
 * end right before it; above that, the keep rules, weakest first. When no page break is allowed
 * anywhere on a page, the filler gives way on the weakest keep (KEEP).
 */
export interface Slice {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  spaceAfter: number;
  keep: number;
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

/** Keep levels, weakest first: what gives way when a page has no allowed break at all. */
export const KEEP = {
  /** A page may break here. */
  none: 0,
  /** The opening (header band, title, Kính gửi) with the body's first lines. */
  opening: 1,
  /** A title with what follows (L-HEAD-1). */
  title: 2,
  /** Lines of one paragraph (L-WIDOW-1), a table's header with its first row. */
  lines: 3,
  /** The closing band with the body's last lines (L-BAND-1). */
  band: 4,
} as const;

export function emptySlice(area: string, block: string, height = 0): Slice {
  return { height, spaceBefore: 0, spaceAfter: 0, keep: KEEP.none, lines: [], rules: [], frames: [], regions: [], area, block };
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
