import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentIssue } from "../../model/errors.js";
import type { Extracted, ReaderNote } from "../extracted.js";
import { layoutPages, readPdf, scannedPages } from "../pdf/read-pdf.js";
import { PdfReadError, readPdfItems, type PdfPage } from "../pdf/text-items.js";
import type { ImportResult } from "../archive/types.js";
import { keepAgreedFields, type ReadWord, type Reread } from "./agree.js";
import { dropUnsureFields, type ConfidentWord } from "./confidence.js";
import { pageItems } from "./page-items.js";
import { binarise, despeckle, grayWithoutColour, stackCrops, toPgm } from "./raster.js";
import { badTextLayer } from "./text-layer.js";
import { defaultTools, ocrMissing, run, ToolError, type OcrTools } from "./tools.js";
import { parseTsv } from "./tsv.js";
import { withNumeralsCounted } from "./roman.js";

/** How OCR reads scanned pages; every bound has a default. */
export interface OcrOptions {
  /**
   * true: scanned pages are read by OCR. Off by default: OCR is slow (seconds a page), leaves
   * many header fields empty, and readings that misread a tone mark alike still pass (one of 56
   * fields on the real scans before the third reading; bench/ocr-sweep.ts), so a caller turns it
   * on knowingly; off, scanned pages are reported as needing OCR.
   */
  enabled?: boolean;
  /** Resolution pages are rendered at for Tesseract (default 300, which Tesseract suits best: 400 fused words and misread more on the sweep; lowered for pages larger than A3). */
  dpi?: number;
  /** A header field read with a lower confidence (0–100) stays empty with a warning (default 75). */
  minConfidence?: number;
  /** Time limit for one page (rendering and OCR), in ms (default 60 000). */
  pageTimeoutMs?: number;
  /** Pages OCR'd in one file at most (default 20); the rest are named as not read. */
  maxPages?: number;
  tools?: OcrTools;
}

export const OCR_DEFAULTS = { dpi: 300, minConfidence: 75, pageTimeoutMs: 60_000, maxPages: 20 } as const;
// The longest side of a page image, in pixels: a bound on memory for a poster-sized page.
const MAX_SIDE_PX = 5000;

/** What OCR adds to a PDF reader's result: the words and their confidences, and the time spent. */
export interface OcrReport {
  pages: number[];
  words: ConfidentWord[];
  ms: number;
  minConfidence: number;
  /** A second reading of a band of a page, to keep only the fields both readings agree on. */
  reread?: Reread;
  /** Of `ms`, the time the second readings took. */
  secondMs?: number;
}

export type OcrExtracted = Extracted & { ocr?: OcrReport };

const pageNote = (code: string, page: number, vi: string, en: string): ReaderNote => ({ code, vi: `trang ${page}: ${vi}`, en: `page ${page}: ${en}` });
const pageError = (page: number, vi: string, en: string): DocumentIssue => ({ path: `(page ${page})`, vi: `trang ${page} ${vi}`, en: `page ${page} ${en}` });

/** The PDF reader's answer without OCR, each "needs OCR" reason followed by what to install. */
async function withoutOcr(bytes: Uint8Array, missing?: { vi: string; en: string }): Promise<Extracted> {
  try {
    const result = await readPdf(bytes);
    if (missing && result.errors) result.errors = result.errors.map((e) => ({ ...e, vi: `${e.vi}; ${missing.vi}`, en: `${e.en}; ${missing.en}` }));
    return result;
  } catch (error) {
    if (missing && error instanceof PdfReadError && /OCR/u.test(error.reason.en)) {
      throw new PdfReadError({ vi: `${error.reason.vi}; ${missing.vi}`, en: `${error.reason.en}; ${missing.en}` });
    }
    throw error;
  }
}

interface PageOcr {
  words: ReturnType<typeof pageItems>;
  coloured: number;
}

/** One page rendered by pdftoppm, its coloured marks whitened, read by Tesseract's Vietnamese model. */
async function ocrPage(pdfPath: string, dir: string, page: PdfPage, options: Required<Omit<OcrOptions, "tools" | "enabled">>, tools: OcrTools, deadline: number): Promise<PageOcr> {
  const dpi = Math.max(72, Math.min(options.dpi, Math.floor((MAX_SIDE_PX * 72) / Math.max(page.width, page.height, 1))));
  const stem = join(dir, `p${page.number}`);
  await run(tools.pdftoppm, ["-r", String(dpi), "-f", String(page.number), "-l", String(page.number), "-singlefile", pdfPath, stem], Math.max(1, deadline - Date.now()));
  const { image, coloured, ink } = grayWithoutColour(await readFile(`${stem}.ppm`));
  despeckle(image);
  await writeFile(`${stem}.pgm`, toPgm(image));
  const tsv = await run(tools.tesseract, [`${stem}.pgm`, "stdout", "-l", "vie", "--dpi", String(dpi), "--psm", "3", "tsv"], Math.max(1, deadline - Date.now()));
  const { words, lines } = parseTsv(tsv.stdout.toString("utf8"));
  return { words: pageItems(withNumeralsCounted(words, image), lines, dpi, image.width, page.number, image.height, ink, image), coloured };
}

/**
 * The other readings' settings, independent of the first (300 dpi, the whole page, automatic
 * segmentation): each field's words cut out and set one under the other, read as one block of
 * lines (cut out, a header line is read without the other column beside it). The second at
 * 400 dpi in gray; the third, for fields whose marks OCR confuses, at 300 dpi in black and
 * white (a fixed threshold, not Tesseract's own binarisation of the gray).
 */
export const OTHER_READINGS = { second: { dpi: 400, psm: "6", threshold: undefined }, third: { dpi: 300, psm: "6", threshold: 150 } } as const;

/**
 * Another reading of boxes of a page: the band they span is rendered (pdftoppm's crop), its
 * coloured marks whitened, each box cut out with a margin, and all read by one Tesseract run.
 */
function rereader(bytes: Uint8Array, pages: readonly PdfPage[], tools: OcrTools, timeoutMs: number): Reread {
  return async (number, boxes, reading = "second") => {
    const page = pages.find((p) => p.number === number);
    if (!page || boxes.length === 0) return boxes.map(() => []);
    const settings = OTHER_READINGS[reading];
    const dpi = Math.max(72, Math.min(settings.dpi, Math.floor((MAX_SIDE_PX * 72) / Math.max(page.width, page.height, 1))));
    const scale = dpi / 72;
    const widthPx = Math.ceil(page.width * scale);
    const heightPx = Math.ceil(page.height * scale);
    // A margin of a fifth of a line's height: OCR's boxes hug the ink (tone marks included), and
    // a wider one takes in bits of the lines above and below, which OCR reads as noise.
    const rects = boxes.map((b) => {
      const m = Math.max(3, ((b.bottom - b.top) * heightPx) / 5);
      return { left: b.left * widthPx - m, top: b.top * heightPx - m, width: (b.right - b.left) * widthPx + 2 * m, height: (b.bottom - b.top) * heightPx + 2 * m };
    });
    const y = Math.max(0, Math.floor(Math.min(...rects.map((r) => r.top))));
    const h = Math.max(1, Math.min(heightPx - y, Math.ceil(Math.max(...rects.map((r) => r.top + r.height)) - y)));
    const deadline = Date.now() + timeoutMs;
    const dir = await mkdtemp(join(tmpdir(), "vanban-ocr2-"));
    try {
      const pdfPath = join(dir, "in.pdf");
      await writeFile(pdfPath, bytes);
      const stem = join(dir, "band");
      const crop = ["-x", "0", "-y", String(y), "-W", String(widthPx), "-H", String(h)];
      await run(tools.pdftoppm, ["-r", String(dpi), "-f", String(number), "-l", String(number), ...crop, "-singlefile", pdfPath, stem], Math.max(1, deadline - Date.now()));
      const { image } = grayWithoutColour(await readFile(`${stem}.ppm`));
      if (settings.threshold !== undefined) binarise(image, settings.threshold);
      despeckle(image);
      const gap = Math.round(dpi / 6);
      const stacked = stackCrops(image, rects.map((r) => ({ ...r, top: r.top - y })), gap);
      await writeFile(`${stem}.pgm`, toPgm(stacked.image));
      const tsv = await run(tools.tesseract, [`${stem}.pgm`, "stdout", "-l", "vie", "--dpi", String(dpi), "--psm", settings.psm, "tsv"], Math.max(1, deadline - Date.now()));
      // Each word to the box whose rows hold its middle (its margin's do not: bits of the lines
      // above and below); each box's words by Tesseract's lines.
      const read = boxes.map(() => new Map<string, ReadWord[]>());
      for (const w of withNumeralsCounted(parseTsv(tsv.stdout.toString("utf8")).words, stacked.image)) {
        const middle = w.top + w.height / 2;
        const k = stacked.rows.findIndex(([from, to], i) => {
          const m = (to - from - (boxes[i]!.bottom - boxes[i]!.top) * heightPx) / 2;
          return middle >= from + m && middle < to - m;
        });
        if (k >= 0) read[k]!.set(w.line, [...(read[k]!.get(w.line) ?? []), { text: w.text, conf: w.conf }]);
      }
      return read.map((lines) => [...lines.values()]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}

/**
 * The fields OCR read, vetted: kept only when a second, independent reading of where they stand
 * shows the same words, and when OCR was sure of their words (in one reading or the other). The
 * second reading's time is added to the OCR time.
 */
export async function vetOcrFields<R extends ImportResult>(result: R, report: OcrReport): Promise<R> {
  if (!report.reread) return dropUnsureFields(result, report.words, report.minConfidence);
  const agreed = await keepAgreedFields(result, report.words, report.reread, report.minConfidence);
  report.ms += agreed.ms;
  report.secondMs = agreed.ms;
  return agreed.result;
}

/**
 * A PDF read for the archive reader, its scanned pages (and pages whose text layer is bad)
 * read by OCR when Tesseract with its Vietnamese model is installed: the OCR'd words go through
 * the same layout as a text layer's. Without Tesseract, or with OCR turned off, the PDF reader's
 * answer, each "needs OCR" reason saying what to install.
 */
export async function readPdfWithOcr(bytes: Uint8Array, options: OcrOptions = {}): Promise<OcrExtracted> {
  if (options.enabled !== true) return readPdf(bytes);
  const pages = await readPdfItems(bytes);
  const scanned = new Set(scannedPages(pages));
  const notes: ReaderNote[] = [];
  const todo: PdfPage[] = [];
  for (const page of pages) {
    if (scanned.has(page.number)) todo.push(page);
    else {
      const verdict = badTextLayer(page.items);
      if (verdict) {
        todo.push(page);
        notes.push(pageNote("ocr-bad-text-layer", page.number, `${verdict.vi}: đọc lại bằng OCR`, `${verdict.en}: read again by OCR`));
      }
    }
  }
  if (todo.length === 0) return layoutPages(pages);
  const tools = options.tools ?? defaultTools();
  const missing = await ocrMissing(tools);
  if (missing) {
    // Bad layers are still read as they are, with the reason and what to install.
    const result = await withoutOcr(bytes, missing);
    result.notes.push(...notes.map((n) => ({ ...n, vi: `${n.vi.replace(/: đọc lại bằng OCR$/u, "")}; ${missing.vi}`, en: `${n.en.replace(/: read again by OCR$/u, "")}; ${missing.en}` })));
    return result;
  }
  const settings = {
    dpi: options.dpi ?? OCR_DEFAULTS.dpi,
    minConfidence: options.minConfidence ?? OCR_DEFAULTS.minConfidence,
    pageTimeoutMs: options.pageTimeoutMs ?? OCR_DEFAULTS.pageTimeoutMs,
    maxPages: options.maxPages ?? OCR_DEFAULTS.maxPages,
  };
  const started = Date.now();
  const errors: DocumentIssue[] = [];
  const report: OcrReport = { pages: [], words: [], ms: 0, minConfidence: settings.minConfidence };
  const dir = await mkdtemp(join(tmpdir(), "vanban-ocr-"));
  try {
    const pdfPath = join(dir, "in.pdf");
    await writeFile(pdfPath, bytes);
    for (const [i, page] of todo.entries()) {
      if (i >= settings.maxPages) {
        errors.push(pageError(page.number, `không được OCR: quá ${settings.maxPages} trang một tệp`, `was not OCR'd: more than ${settings.maxPages} pages in one file`));
        page.items = [];
        continue;
      }
      let result: PageOcr;
      try {
        result = await ocrPage(pdfPath, dir, page, settings, tools, Date.now() + settings.pageTimeoutMs);
      } catch (error) {
        const timedOut = error instanceof ToolError && error.timedOut;
        const detail = error instanceof Error ? error.message : String(error);
        errors.push(
          timedOut
            ? pageError(page.number, `không OCR xong trong ${settings.pageTimeoutMs / 1000} giây`, `was not OCR'd within ${settings.pageTimeoutMs / 1000} s`)
            : pageError(page.number, `không OCR được: ${detail}`, `could not be OCR'd: ${detail}`),
        );
        page.items = [];
        continue;
      }
      const { words, coloured } = result;
      page.items = words.items;
      report.pages.push(page.number);
      report.words.push(...words.words);
      if (words.items.length === 0) {
        errors.push(pageError(page.number, "không có chữ, kể cả sau OCR (bản quét, trang trắng?)", "has no text, even after OCR (a blank scanned page?)"));
        continue;
      }
      const mean = Math.round(words.words.reduce((a, w) => a + w.conf, 0) / words.words.length);
      notes.push(pageNote("ocr-page", page.number, `đọc bằng OCR (tesseract, tiếng Việt), độ tin cậy trung bình ${mean}%`, `read by OCR (tesseract, Vietnamese), mean confidence ${mean}%`));
      if (coloured > 0.001) {
        notes.push(pageNote("ocr-colour-removed", page.number, "đã bỏ các dấu màu (con dấu, dấu đến, chữ viết tay bằng mực màu) trước khi OCR", "coloured marks (seal, incoming stamp, handwriting in coloured ink) were removed before OCR"));
      }
      for (const d of words.dropped) {
        if (d.reason === "above-header") notes.push(pageNote("ocr-above-header-dropped", page.number, `bỏ dòng ở trên phần đầu văn bản (dấu, chữ ký số): "${d.text}"`, `dropped a line above the header (a stamp, a signature): "${d.text}"`));
        else if (d.reason === "overlay") notes.push(pageNote("ocr-overlay-dropped", page.number, `bỏ dòng của dấu hoặc chữ ký số: "${d.text}"`, `dropped a stamp or signature overlay line: "${d.text}"`));
        else notes.push(pageNote("ocr-unreadable-dropped", page.number, `bỏ dòng OCR không đọc được: "${d.text}"`, `dropped a line OCR could not read: "${d.text}"`));
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  report.ms = Date.now() - started;
  if (pages.every((p) => p.items.length === 0)) {
    // Nothing readable anywhere: the PDF reader's "scanned, needs OCR", then what OCR met.
    const found = { vi: errors.map((e) => e.vi).join("; "), en: errors.map((e) => e.en).join("; ") };
    const reason = await withoutOcr(bytes, found).then(
      () => found,
      (error: unknown) => (error instanceof PdfReadError ? error.reason : found),
    );
    throw new PdfReadError(reason);
  }
  const result: OcrExtracted = layoutPages(pages);
  // OCR sees no italics: a "Căn cứ …" basis is known by its words alone.
  if (report.pages.length) result.italicBases = false;
  result.notes.push(...notes);
  if (errors.length) result.errors = errors;
  report.reread = rereader(bytes, pages, tools, settings.pageTimeoutMs);
  result.ocr = report;
  return result;
}
