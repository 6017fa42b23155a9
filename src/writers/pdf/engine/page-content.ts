/** The part of pdfkit's PDFPage that content goes through. */
export interface PdfKitPage {
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
}

/**
 * pdfkit turns every drawing command of a page into its own small Buffer as it is written
 * (thousands per page, one text object per word). Here the commands are kept as strings and
 * converted once, when the page ends; the bytes are the same, since pdfkit writes each string
 * as latin-1 followed by "\n".
 */
export function bufferPageContent(page: PdfKitPage): void {
  const write = page.write.bind(page);
  const end = page.end.bind(page);
  let pending: string[] = [];
  const flush = () => {
    if (!pending.length) return;
    pending.push("");
    write(Buffer.from(pending.join("\n"), "latin1"));
    pending = [];
  };
  page.write = (chunk) => {
    if (typeof chunk === "string") pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  page.end = () => {
    flush();
    return end();
  };
}
