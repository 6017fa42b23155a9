
/** A piece of text on a page, in pt from the page's top-left corner (y is the baseline, downwards). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** The most pages a PDF is read for: a bound on the work for a hostile file, far above any document. */
export const MAX_PDF_PAGES = 500;

export class PdfReadError extends Error {
  constructor(readonly reason: { vi: string; en: string }) {
    super(`${reason.vi} / ${reason.en}`);
    this.name = "PdfReadError";
  }
}

/** Text items of every page, with each item's font weight and style from its font's name. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfPage[]> {
  // Loaded when a PDF is read, not with the readers: pdf.js takes ~0.8 s to load, which every CLI
  // start and every batch's main thread paid for nothing.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let pdf;
  try {
    pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PdfReadError({ vi: `tệp PDF hỏng hoặc không mở được: ${detail}`, en: `the PDF is corrupt or cannot be opened: ${detail}` });
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new PdfReadError({ vi: `PDF có ${pdf.numPages} trang, quá ${MAX_PDF_PAGES}`, en: `the PDF has ${pdf.numPages} pages, more than ${MAX_PDF_PAGES}` });
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const height = y1 - y0;
      const content = await page.getTextContent();
      // The fonts' real names ("…+LiberationSerif-Bold") are known once the page's operators are read.
      await page.getOperatorList();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!("str" in raw) || raw.str === "") continue;
        const font = (page.commonObjs.has(raw.fontName) ? page.commonObjs.get(raw.fontName) : undefined) as { name?: string } | undefined;
        const name = font?.name ?? "";
        const [a, b, c, d, e, f] = raw.transform as number[];
        // Upright text only: rotated text (stamps, margins) is not part of the document's flow.
        if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01 || a! <= 0) continue;
        items.push({
          str: raw.str,
          x: e! - x0,
          y: y1 - f!,
          width: raw.width,
          size: Math.hypot(c!, d!),
          bold: /bold|black|heavy|semibold|demi/i.test(name),
          italic: /italic|oblique/i.test(name),
        });
      }
      pages.push({ number: n, width: x1 - x0, height, items });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new PdfReadError({ vi: `không đọc được nội dung PDF: ${detail}`, en: `cannot read the PDF's content: ${detail}` });
  } finally {
    await pdf.destroy();
  }
}
