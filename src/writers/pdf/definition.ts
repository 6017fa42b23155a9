import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { isCongVan, kindName } from "../../model/kinds.js";
import { plainText } from "../../model/inline.js";
import type { Block } from "../../model/document.js";
import { mm, type RenderContext } from "./context.js";
import { headerBand } from "./header.js";
import { kinhGuiBlock, titleBlock } from "./title.js";
import { bodyContent } from "./body.js";
import { closingBand } from "./closing.js";
import { contactFooter, pageNumberHeader } from "./furniture.js";
import { assertCoverage } from "./coverage.js";
import { isTitleBlock } from "../../text/end-mark.js";

/** Height in pt a block will take, estimated from measured text: enough to decide what fits a page. */
function estimatedHeight(ctx: RenderContext, block: Block): number {
  const { lineSpacingPt, spaceAfterPt } = ctx.profile.paragraph;
  const linesOf = (text: string, width: number, size: number) =>
    Math.max(1, Math.ceil((ctx.measure.width(text, { size }) * 1.05) / width));
  if (block.type === "table") {
    const s = ctx.profile.elements.table;
    const columns = Math.max(...block.rows.map((r) => r.length));
    const rowHeight = (row: (typeof block.rows)[number]) =>
      Math.max(...row.map((cell) => linesOf(plainText(cell), ctx.textWidth / columns - 8, s.size))) * ctx.measure.lineHeight(s) + 6;
    return block.rows.reduce((sum, row) => sum + rowHeight(row), 0) + spaceAfterPt;
  }
  const text = block.type === "article" ? plainText(block.title) : plainText(block.content);
  return linesOf(text, ctx.textWidth, ctx.profile.elements.body.size) * lineSpacingPt + spaceAfterPt;
}

/** Height in pt of the closing band: the taller of the recipient list and the signature block. */
function closingHeight(ctx: RenderContext): number {
  const { recipients, signature } = ctx.doc;
  const el = ctx.profile.elements;
  const names = recipients.items.flatMap((i) => ("items" in i ? [...i.items.map((r) => r.name), i.note] : [i.name]));
  const recipientLines = [...names, "Lưu"].reduce(
    (n, name) => n + Math.max(1, Math.ceil(ctx.measure.width(`- ${name};`, el.recipients) / ctx.closingLeft)),
    0,
  );
  const left = ctx.measure.lineHeight(el.recipientsLabel) + recipientLines * ctx.measure.lineHeight(el.recipients);
  const signatureLines = (signature.authority?.length ?? 0) + (signature.delegation ? 1 : 0) + 2;
  const right = signatureLines * ctx.measure.lineHeight(el.signatureAuthority) + mm(ctx.profile.signature.spaceMm);
  return Math.max(left, right) + 6;
}

/** Metadata: title from the kind and subject, author from the issuer, the document's own date. */
export function metadata(ctx: RenderContext): TDocumentDefinitions["info"] {
  const { doc } = ctx;
  const subject = isCongVan(doc.kind) ? `${ctx.profile.vv.prefix}${doc.subject}` : doc.subject;
  return {
    title: `${kindName(doc.kind)} ${subject}`,
    author: doc.issuer.body.join(" "),
    subject,
    creator: "vanban",
    producer: "vanban",
    keywords: `${ctx.profile.variant}`,
    creationDate: new Date(`${doc.date ?? "2000-01-01"}T00:00:00Z`),
  };
}

/** The whole page description handed to pdfmake. */
export function documentDefinition(ctx: RenderContext): TDocumentDefinitions {
  assertCoverage(ctx.doc, ctx.fonts);
  const { page } = ctx.profile;
  const body = bodyContent(ctx);
  const closing = closingBand(ctx);
  // The closing band never stands alone on a page: the last body block (and the headings right
  // before it, since a heading never ends a page) travels with it as one unbreakable unit. Only
  // when that unit could not fit on a page at all is the band kept together on its own.
  const pageHeight = mm(page.heightMm - page.margins.top - page.margins.bottom);
  const blocks = ctx.doc.body;
  let first = blocks.length - 1;
  while (first > 0 && isTitleBlock(blocks[first - 1]!)) first--;
  const carriedHeight = blocks.slice(first).reduce((h, b) => h + estimatedHeight(ctx, b), 0);
  const carried = carriedHeight + closingHeight(ctx) <= pageHeight - 12 ? body.splice(first) : [];
  const tail: Content = { stack: [...carried, closing], unbreakable: true };

  const footer = contactFooter(ctx);
  return {
    pageSize: { width: mm(page.widthMm), height: mm(page.heightMm) },
    pageOrientation: "portrait",
    pageMargins: [mm(page.margins.left), mm(page.margins.top), mm(page.margins.right), mm(page.margins.bottom)],
    defaultStyle: { font: ctx.fonts.name, fontSize: ctx.profile.elements.body.size, color: "black" },
    info: metadata(ctx),
    header: pageNumberHeader(ctx),
    ...(footer ? { footer } : {}),
    content: [headerBand(ctx), ...titleBlock(ctx), ...kinhGuiBlock(ctx), { text: "", margin: [0, ctx.profile.title.gapAfterPt, 0, 0] }, ...body, tail],
    // A heading is never the last thing on its page.
    pageBreakBefore: (node, queries) => !!node.headlineLevel && queries.getFollowingNodesOnPage().length === 0,
  };
}
