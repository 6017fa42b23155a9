import { AlignmentType, BorderStyle, Document as WordDocument, Footer, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionOptions, type Table } from "docx";
import JSZip from "jszip";
import type { Document } from "../../model/document.js";
import { parseDocument } from "../../model/parse.js";
import { realize } from "../../realize/index.js";
import type { Printed, PrintedAnnex } from "../../realize/printed.js";
import { Fonts, mm, pageBox, type PageBox } from "../../layout/geometry.js";
import { profileFor, type LayoutOptions } from "../../layout/layout-document.js";
import { centredSlices } from "../../layout/flow/prelude.js";
import { tableSlices } from "../../layout/flow/table.js";
import { TableTooWideError } from "../../layout/errors.js";
import { resolveFonts, type RenderOptions } from "../pdf/index.js";
import { headerParts } from "./header.js";
import { preludeParagraphs } from "./prelude.js";
import { bodyParts } from "./body.js";
import { closingTable } from "./closing.js";
import { boxArea, linesParagraph } from "./blocks.js";
import { runsOf, runsOfLines } from "./runs.js";
import { FONT, halfPoints, singleLine, twip } from "./units.js";
import { addSourcePart } from "./source-part.js";
import { pdfOnlyError, pdfOnlyOptions } from "../output-format.js";

export type DocxOptions = Pick<RenderOptions, "fonts" | "preset" | "profile">;

/** R-PGNUM-1/2: the page number centred over the text block in the top margin; none on a section's first page. */
function pageHeaders(printed: Printed): Pick<ISectionOptions, "headers"> {
  const style = printed.profile.elements.pageNumber;
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(style.size), bold: !!style.bold, italics: !!style.italic })],
  });
  return { headers: { default: new Header({ children: [number] }), first: new Header({ children: [new Paragraph({ children: [] })] }) } };
}

/** R-FOOT-1: the contact footer under a full-width rule, page 1 only. */
function contactFooters(printed: Printed, fonts: Fonts): Pick<ISectionOptions, "footers"> {
  const style = printed.profile.elements.footer;
  const rule = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(printed.profile.header.ruleWidthPt * 8)), color: "000000", space: 2 };
  const lines = printed.footer.map(
    (t, i) =>
      new Paragraph({
        children: runsOf(t, style),
        spacing: { before: 0, after: 0, ...singleLine(fonts, style, style.size) },
        ...(i === 0 ? { border: { top: rule } } : {}),
      }),
  );
  return { footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }), first: new Footer({ children: lines.length ? lines : [new Paragraph({ children: [] })] }) } };
}

function pageProperties(printed: Printed, box: PageBox, first: boolean): ISectionOptions["properties"] {
  const { page, pageNumber } = printed.profile;
  return {
    ...(first ? {} : { type: SectionType.NEXT_PAGE }),
    titlePage: pageNumber.firstNumberedPage > 1,
    page: {
      size: { width: twip(mm(page.widthMm)), height: twip(mm(page.heightMm)), orientation: box.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: {
        top: twip(mm(page.margins.top)),
        bottom: twip(mm(page.margins.bottom)),
        left: twip(mm(page.margins.left)),
        right: twip(mm(page.margins.right)),
        header: twip(mm(pageNumber.topMm)),
        footer: twip(mm(page.margins.bottom)),
      },
      pageNumbers: { start: 1 },
    },
  };
}

/** An annex turns landscape when a table does not fit portrait even at the smallest size (L-TABLE-2). */
function annexBox(printed: Printed, annex: PrintedAnnex, fonts: Fonts): PageBox {
  const portrait = pageBox(printed.profile, annex.orientation);
  if (annex.orientation === "landscape") return portrait;
  try {
    for (const b of annex.body) if (b.type === "table") tableSlices(b, printed.profile, portrait, fonts, portrait.bottom - portrait.top);
    return portrait;
  } catch (e) {
    if (e instanceof TableTooWideError) return pageBox(printed.profile, "landscape");
    throw e;
  }
}

/** An annex (R-APX-1): its own section, orientation and page numbers from 1; a centred heading, then its body. */
function annexSection(printed: Printed, annex: PrintedAnnex, fonts: Fonts): ISectionOptions {
  const profile = printed.profile;
  const el = profile.elements;
  const box = annexBox(printed, annex, fonts);
  const heading = [
    { t: annex.label, style: el.annexLabel },
    { t: annex.title, style: el.annexTitle },
    ...(annex.attached ? [{ t: annex.attached, style: el.annexAttached }] : []),
  ];
  const children: (Paragraph | Table)[] = heading.map(({ t, style }, i) => {
    const lines = centredSlices(t, style, box, fonts, "annexHeading").flatMap((s) => s.lines);
    return linesParagraph(lines, runsOfLines(lines), boxArea(box), fonts, style, { after: i === heading.length - 1 ? profile.title.gapAfterPt : 0 });
  });
  children.push(...bodyParts(annex.body, profile, box, fonts, false));
  return { properties: pageProperties(printed, box, false), ...pageHeaders(printed), children };
}

/** The Word document of a realized text: the main section (header band … closing band), then one per annex. */
export function wordDocument(printed: Printed, fonts: Fonts): WordDocument {
  const profile = printed.profile;
  const box = pageBox(profile);
  const main: (Paragraph | Table)[] = [
    ...headerParts(printed, box, fonts),
    ...preludeParagraphs(printed, box, fonts),
    ...bodyParts(printed.body, profile, box, fonts, true),
    closingTable(printed, box, fonts),
  ];
  const body = profile.elements.body;
  return new WordDocument({
    title: printed.metadata.title,
    subject: printed.metadata.subject,
    creator: printed.metadata.author,
    lastModifiedBy: printed.metadata.author,
    keywords: printed.metadata.keywords,
    description: `vanban ${profile.variant} (${profile.regulation.code})`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(body.size) },
          paragraph: { spacing: { before: 0, after: 0, line: twip(profile.paragraph.lineSpacingPt), lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      { properties: pageProperties(printed, box, true), ...pageHeaders(printed), ...contactFooters(printed, fonts), children: main },
      ...printed.annexes.map((a) => annexSection(printed, a, fonts)),
    ],
  });
}

/** The document's date at midnight UTC, for the package's dates (so the same input gives the same bytes). */
function stableDate(printed: Printed): Date {
  const d = new Date(`${printed.metadata.creationDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date("2000-01-01T00:00:00Z") : d;
}

/**
 * Post-packing: the document's own date as created/modified (docx writes "now"), the bundled
 * font's family as Times New Roman's alternate name, the source part; every zip entry dated the
 * same, so the same document always renders to the same bytes.
 */
async function finishPackage(packed: Uint8Array, doc: Document, printed: Printed, family: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(packed);
  const date = stableDate(printed);
  const iso = date.toISOString().replace(/\.\d{3}Z$/u, "Z");
  const core = await zip.file("docProps/core.xml")!.async("string");
  zip.file("docProps/core.xml", core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/gu, `$1${iso}$2`));
  const fontTable = zip.file("word/fontTable.xml");
  if (fontTable) {
    const xml = await fontTable.async("string");
    const entry = `<w:font w:name="${FONT}"><w:altName w:val="${family}"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
    // docx writes an empty table (<w:fonts …/>): open it and name the font.
    const named = xml.includes(`w:name="${FONT}"`) ? xml : xml.includes("</w:fonts>") ? xml.replace("</w:fonts>", `${entry}</w:fonts>`) : xml.replace(/<w:fonts([^>]*)\/>/u, `<w:fonts$1>${entry}</w:fonts>`);
    zip.file("word/fontTable.xml", named);
  }
  await addSourcePart(zip, doc);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : 1))) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    out.file(name, await f.async("uint8array"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * Renders a document to a .docx (Office Open XML) that offices can keep editing: the same
 * printed strings, sizes, header columns, rules and closing band as the PDF, Word breaking the
 * body's lines itself. The source Document is kept inside (`readDocxSource` reads it back).
 */
export async function renderDocx(input: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  // A caller passing renderPdf's options (signing, PDF/A …) is told, not silently given a file without them.
  const pdfOnly = pdfOnlyOptions(options as RenderOptions);
  if (pdfOnly.length) throw pdfOnlyError(pdfOnly, "renderDocx: ");
  const doc = parseDocument(input);
  const profile = profileFor(doc, options as Pick<LayoutOptions, "profile" | "preset">);
  const fontSet = resolveFonts(options.fonts);
  const fonts = new Fonts(fontSet);
  const printed = realize(doc, profile);
  const packed = await Packer.toBuffer(wordDocument(printed, fonts));
  return finishPackage(new Uint8Array(packed), doc, printed, fontFamilyName(fontSet));
}

/** The family name inside the font (Liberation Serif for the bundled one), for Word's alternate name. */
function fontFamilyName(set: ReturnType<typeof resolveFonts>): string {
  return set.faces.normal.familyName || "Liberation Serif";
}

export { readDocxSource, SOURCE_NAMESPACE } from "./source-part.js";
