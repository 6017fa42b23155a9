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

/** Lines a block will take, roughly: enough to decide whether it may travel with the closing band. */
function estimatedLines(ctx: RenderContext, block: Block | undefined): number {
  if (!block || block.type === "table") return Infinity;
  const text = block.type === "article" ? plainText(block.title) : plainText(block.content);
  return Math.ceil(ctx.measure.width(text, ctx.profile.elements.body) / ctx.textWidth) + 1;
}

function isHeading(block: Block): boolean {
  return (block.type === "heading" && (block.titled ?? block.level === 1)) || block.type === "article";
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
  // The closing band never stands alone on a page: the last body block travels with it,
  // unless it is too long to move as a whole (then the band alone is kept unbroken).
  const maxLines = Math.floor((mm(page.heightMm - page.margins.top - page.margins.bottom) * 0.4) / ctx.profile.paragraph.lineSpacingPt);
  const lastBlock = ctx.doc.body[ctx.doc.body.length - 1];
  const carried: Content[] = [];
  if (estimatedLines(ctx, lastBlock) <= maxLines) {
    carried.unshift(body.pop()!);
    // Headings right before the last block travel too: a heading never ends a page.
    for (let i = ctx.doc.body.length - 2; i >= 0 && isHeading(ctx.doc.body[i]!) && body.length > 0; i--) carried.unshift(body.pop()!);
  }
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
