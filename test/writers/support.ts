// Reading the writers' output back against the Pages it was written from.
import { execFileSync } from "node:child_process";
import { expect } from "vitest";
import type { Line, Pages } from "../../src/layout/pages.js";
import { parseColor } from "../../src/writers/pdf/emit/color.js";
import type { PageInfo, TextItem } from "../support/pdf-inspect.js";

/** 0.1 mm in pt: how far a position read back may be from the one in Pages. */
export const TOLERANCE = 0.1 * (72 / 25.4);

/** The text items pdf.js read on a line's baseline, between its ends, left to right. */
export function itemsOfLine(page: PageInfo, line: Line): TextItem[] {
  return page.items
    .filter((i) => Math.abs(i.y - line.y) < TOLERANCE && i.x > line.x - TOLERANCE && i.x < line.x + line.width - TOLERANCE / 2)
    .sort((a, b) => a.x - b.x);
}

/** The spans' text, which is what the line must read as. */
export const lineText = (line: Line): string => line.spans.map((s) => s.text).join("");

/** Items joined as a reader would: a visible gap with no space on either side becomes one. */
export function readLine(items: TextItem[]): string {
  let text = "";
  let end = -Infinity;
  for (const it of items) {
    if (text && it.x - end > it.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += " ";
    text += it.str;
    end = it.x + it.width;
  }
  return text;
}

export const hex = (color: string | undefined): string => {
  const [r, g, b] = parseColor(color, () => "test");
  return `#${[r, g, b].map((c) => Math.round(c * 255).toString(16).padStart(2, "0")).join("")}`;
};

/** Every line of every page is where Pages says, in its face and size, reading as its spans. */
export function expectLinesAt(read: PageInfo[], pages: Pages, exactText: boolean): void {
  pages.pages.forEach((page, p) => {
    const got = read[p]!;
    for (const line of page.lines) {
      const items = itemsOfLine(got, line);
      const where = `page ${p + 1}, ${line.source} "${lineText(line)}"`;
      expect(items.length, where).toBeGreaterThan(0);
      expect(Math.abs(items[0]!.x - line.x), `x of ${where}`).toBeLessThan(TOLERANCE);
      if (exactText) expect(items.map((i) => i.str).join(""), where).toBe(lineText(line));
      else expect(readLine(items), where).toBe(lineText(line).trim());
      for (const span of line.spans) {
        if (span.text.trim() === "") continue;
        // pdf.js joins adjacent runs of one font into one item: the item holding the span's start.
        const item = items.find((i) => Math.abs(i.x - span.x) < TOLERANCE) ?? items.find((i) => i.x < span.x && i.x + i.width > span.x);
        expect(item, `span "${span.text}" of ${where}`).toBeDefined();
        if (exactText) {
          // The PDF writer starts every span with its own text matrix: one run exactly at span.x.
          const run = got.textRuns.find((r) => Math.abs(r.x - span.x) < TOLERANCE && Math.abs(r.y - line.y) < TOLERANCE);
          expect(run, `run of "${span.text}" at x ${span.x}`).toBeDefined();
        }
        expect(Math.abs(item!.y - line.y), `baseline of "${span.text}"`).toBeLessThan(TOLERANCE);
        expect(item!.size, `size of "${span.text}"`).toBeCloseTo(span.size, 2);
        expect(item!.bold, `bold "${span.text}"`).toBe(span.face === "bold" || span.face === "bolditalics");
        expect(item!.italic, `italic "${span.text}"`).toBe(span.face === "italics" || span.face === "bolditalics");
      }
    }
  });
}

/** Every rule, every side of every frame, with its width and colour. */
export function expectRulesAndFrames(read: PageInfo[], pages: Pages): void {
  pages.pages.forEach((page, p) => {
    const strokes = read[p]!.strokes;
    const near = (a: number, b: number) => Math.abs(a - b) < TOLERANCE;
    const has = (x1: number, y1: number, x2: number, y2: number, width: number, color: string | undefined, what: string) => {
      const found = strokes.find(
        (s) =>
          ((near(s.x1, x1) && near(s.y1, y1) && near(s.x2, x2) && near(s.y2, y2)) || (near(s.x1, x2) && near(s.y1, y2) && near(s.x2, x1) && near(s.y2, y1))) &&
          Math.abs(s.lineWidth - width) < 0.01 &&
          s.color === hex(color),
      );
      expect(found, `${what} on page ${p + 1}`).toBeDefined();
    };
    for (const r of page.rules) has(r.x1, r.y1, r.x2, r.y2, r.width, r.color, `rule ${r.role}`);
    for (const f of page.frames) {
      const [x2, y2] = [f.x + f.w, f.y + f.h];
      has(f.x, f.y, x2, f.y, f.width, f.color, `top of frame ${f.role}`);
      has(x2, f.y, x2, y2, f.width, f.color, `right of frame ${f.role}`);
      has(x2, y2, f.x, y2, f.width, f.color, `bottom of frame ${f.role}`);
      has(f.x, y2, f.x, f.y, f.width, f.color, `left of frame ${f.role}`);
    }
  });
}

/** Runs a command-line tool on a file; the tools come from Debian (qpdf, poppler-utils: see .ci/run). */
export function tool(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { code?: string; stdout?: string; stderr?: string };
    if (err.code === "ENOENT") throw new Error(`${command} is not installed: apt-get install -y qpdf poppler-utils (see .ci/run)`);
    throw new Error(`${command} ${args.join(" ")} failed:\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}
