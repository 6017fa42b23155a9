import type { Block, Inline } from "../model/document.js";
import { plainText } from "../model/inline.js";
import { looksLikeTitle } from "./markers.js";

/** Whether an article ("Điều 3. …") is a title line or the article's own sentence. */
export function articleIsTitled(block: Extract<Block, { type: "article" }>): boolean {
  return block.unit !== "dieu" || looksLikeTitle(plainText(block.title), 2);
}

/**
 * Whether a block is a title line (a titled heading, a chapter, a titled article) rather than
 * text: titles print bold on their own line, travel with what follows, and carry no end mark.
 */
export function isTitleBlock(block: Block): boolean {
  if (block.type === "heading") return block.titled ?? block.level === 1;
  if (block.type === "article") return articleIsTitled(block);
  return false;
}

/**
 * The inline text that carries the end mark when `block` ends the body (spec §7.2): a paragraph,
 * an item, a basis, an untitled numbered paragraph, or the sentence of a last "Điều". Tables,
 * titles and the enacting line cannot carry it. The writer and the checker both ask this.
 */
export function endMarkCarrier(block: Block): Inline | undefined {
  switch (block.type) {
    case "table":
    case "enactment":
      return undefined;
    case "article":
      return isTitleBlock(block) ? undefined : block.title;
    default:
      return isTitleBlock(block) ? undefined : block.content;
  }
}
