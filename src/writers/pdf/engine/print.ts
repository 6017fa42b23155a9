import { createHash, type Hash } from "node:crypto";
import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { FontSet, FontVariant } from "../../../fonts/fonts.js";
import {
  embeddedFontClassFor,
  pdfmakeInternals,
  type EmbeddedFont,
  type EmbeddedFontClass,
  type LayoutBuilderClass,
  type PdfKitDocument,
  type PdfKitDocumentClass,
} from "./pdfmake-internals.js";
import { sharedEmbeddedFont } from "./shared-fonts.js";
import { useFastMeasure } from "./fast-measure.js";
import { bufferPageContent } from "./page-content.js";

const require = createRequire(import.meta.url);

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** What the engine adds to pdfmake's PDFDocument. Fields are `declare`d: pdfkit writes during super(). */
interface VanbanPdfDocument extends PdfKitDocument {
  fontSet: FontSet;
  chunks: Buffer[] | undefined;
  contentHash: Hash | undefined;
  finalized: boolean | undefined;
}

let layoutBuilderClass: LayoutBuilderClass | undefined;

/** pdfmake's LayoutBuilder whose text measurer answers style questions without the stack walk. */
function fastLayoutBuilderClass(Base: LayoutBuilderClass): LayoutBuilderClass {
  return class extends Base {
    override tryLayoutDocument(...args: unknown[]): unknown {
      useFastMeasure(this.docMeasure.textInlines);
      return super.tryLayoutDocument(...args);
    }
  };
}

let documentClass: (new (...args: ConstructorParameters<PdfKitDocumentClass>) => VanbanPdfDocument) | undefined;

function vanbanDocumentClass(Base: PdfKitDocumentClass, EmbeddedFont: EmbeddedFontClass) {
  interface Internal {
    _write(data: Buffer | string): void;
    _finalize(): void;
  }
  const base = Base.prototype as unknown as Internal;
  return class extends Base {
    declare fontSet: FontSet;
    declare chunks: Buffer[] | undefined;
    declare contentHash: Hash | undefined;
    declare finalized: boolean | undefined;

    /** The thread's parsed faces instead of pdfmake's re-read and re-parsed font files. */
    provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont {
      const variant = this.getFontType(bold, italics) as FontVariant;
      if (familyName !== this.fontSet.name) {
        throw new Error(`Phông "${familyName}" chưa được khai báo / font "${familyName}" is not defined (only "${this.fontSet.name}")`);
      }
      const family = (this.fontCache[familyName] ??= {});
      let font = family[variant];
      if (!font) {
        font = sharedEmbeddedFont(EmbeddedFont, this, this.fontSet.faces[variant], `F${++this._fontCount}`);
        family[variant] = font;
        // pdfkit embeds (subsets) every font listed here when the document ends.
        this._fontFamilies[`${familyName}-${variant}`] = font;
      }
      return font;
    }

    /** Page content is converted to bytes once per page, not once per command. */
    override addPage(options?: unknown): PdfKitDocument {
      super.addPage(options);
      bufferPageContent(this.page);
      return this;
    }

    /** Output is collected in memory (no stream), and hashed as it is written. */
    _write(data: Buffer | string): void {
      const chunk = Buffer.isBuffer(data) ? data : Buffer.from(`${data}\n`, "binary");
      (this.chunks ??= []).push(chunk);
      (this.contentHash ??= createHash("md5")).update(chunk);
      this._offset += chunk.length;
    }

    /**
     * The file ID (trailer /ID) is the MD5 of everything written before the cross-reference
     * table, so the same content always gets the same ID and different content a different one;
     * pdfkit's own ID hashes the metadata only.
     */
    _finalize(): void {
      this._id = this.contentHash!.copy().digest();
      base._finalize.call(this);
      this.finalized = true;
    }
  } as unknown as new (...args: ConstructorParameters<PdfKitDocumentClass>) => VanbanPdfDocument;
}

const INFO_KEYS = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"];

/** pdfmake's metadata mapping (Printer.js createMetadata): lower-case keys become the PDF's. */
function metadataOf(info: TDocumentDefinitions["info"]): Record<string, unknown> {
  const out: Record<string, unknown> = { Producer: "pdfmake", Creator: "pdfmake" };
  for (const [key, value] of Object.entries(info ?? {})) {
    if (!value) continue;
    const standard = key.charAt(0).toUpperCase() + key.slice(1);
    out[INFO_KEYS.includes(standard) ? standard : key.replace(/\s+/g, "")] = value;
  }
  return out;
}

/**
 * Lays out and renders a pdfmake document definition with the given fonts, synchronously, the
 * way pdfmake's Printer.createPdfKitDocument does, but with the thread's parsed fonts and word
 * cache, output collected in memory, and a content-derived file ID. The definition is consumed
 * (pdfmake annotates it while laying out).
 */
export function printPdf(definition: TDocumentDefinitions, fonts: FontSet): PrintedPdf {
  const m = pdfmakeInternals();
  documentClass ??= vanbanDocumentClass(m.PDFDocument, embeddedFontClassFor(fonts.bytes.normal));
  const { convertToDynamicContent } = require("pdfmake/js/helpers/tools.js") as {
    convertToDynamicContent(content: unknown): unknown;
  };
  const def = definition as TDocumentDefinitions & Record<string, unknown>;
  const header = def.header && typeof def.header !== "function" ? convertToDynamicContent(def.header) : def.header;
  const footer = def.footer && typeof def.footer !== "function" ? convertToDynamicContent(def.footer) : def.footer;
  const pageSize = m.normalizePageSize(def.pageSize, def.pageOrientation);

  const options = {
    size: [pageSize.width, pageSize.height],
    pdfVersion: def.version ?? "1.3",
    subset: def.subset,
    tagged: typeof def.tagged === "boolean" ? def.tagged : false,
    displayTitle: typeof def.displayTitle === "boolean" ? def.displayTitle : false,
    compress: typeof def.compress === "boolean" ? def.compress : true,
    lang: def.language,
    fontLayoutCache: true,
    bufferPages: false,
    autoFirstPage: false,
    info: metadataOf(def.info),
    font: null,
  };
  // Font "files" are placeholders: provideFont() hands out the parsed faces.
  const descriptors = { [fonts.name]: { normal: "normal", bold: "bold", italics: "italics", bolditalics: "bolditalics" } };
  const doc = new documentClass(descriptors, def.images ?? {}, def.patterns ?? {}, def.attachments ?? {}, options, null, () => false);
  doc.fontSet = fonts;

  layoutBuilderClass ??= fastLayoutBuilderClass(m.LayoutBuilder);
  const builder = new layoutBuilderClass(pageSize, m.normalizePageMargin(def.pageMargins ?? 40), new m.SVGMeasure());
  builder.registerTableLayouts(m.tableLayouts);
  const pages = builder.layoutDocument(
    def.content,
    doc,
    def.styles ?? {},
    def.defaultStyle ?? { fontSize: 12, font: fonts.name },
    def.background,
    header,
    footer,
    def.watermark,
    def.pageBreakBefore,
  );
  new m.Renderer(doc).renderPages(pages);
  doc.end();
  if (!doc.finalized || !doc.chunks) throw new Error("vanban: PDF output was not finalised synchronously");
  const bytes = Buffer.concat(doc.chunks);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: pages.length };
}
