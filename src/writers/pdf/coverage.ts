import type { Document } from "../../model/document.js";
import { plainText } from "../../model/inline.js";
import { missingGlyphs, type FontSet } from "../../fonts/fonts.js";

/** Every string of the document that will be printed. */
function printedText(doc: Document): string {
  const parts: string[] = [...(doc.issuer.superior ?? []), ...doc.issuer.body, doc.place, doc.subject, ...(doc.kinhGui ?? [])];
  for (const block of doc.body) {
    if (block.type === "table") block.rows.forEach((row) => row.forEach((cell) => parts.push(plainText(cell))));
    else parts.push(plainText(block.type === "article" ? block.title : block.content));
  }
  for (const item of doc.recipients.items) {
    if ("items" in item) parts.push(item.note, ...item.items.flatMap((r) => [r.name, r.note ?? ""]));
    else parts.push(item.name, item.note ?? "");
  }
  parts.push(...doc.recipients.archive.units, doc.signature.name, doc.signature.title, ...(doc.signature.authority ?? []));
  return parts.join(" ");
}

/**
 * A font without Vietnamese coverage would print boxes; refuse it with the characters it lacks
 * (a caller's own font, or a document with characters outside every Times-metric font).
 */
export function assertCoverage(doc: Document, fonts: FontSet): void {
  const missing = missingGlyphs(fonts, printedText(doc));
  if (missing.length) {
    const list = missing.map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ");
    throw new Error(`Phông "${fonts.name}" thiếu ký tự / font "${fonts.name}" cannot draw: ${list}`);
  }
}
