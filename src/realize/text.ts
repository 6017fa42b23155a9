import type { Inline, Run } from "../model/document.js";
import { runsOf } from "../model/inline.js";
import type { ElementName } from "../layout/schema.js";
import { upperVi } from "../text/case.js";
import type { PrintedRun, PrintedText } from "./printed.js";

/** Runs with only the emphasis a caller set (no undefined keys), so writers can compare them. */
function printedRun(r: Run): PrintedRun {
  return { text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}), ...(r.underline ? { underline: true } : {}) };
}

/** Printed text from a plain string. */
export function plain(text: string, style: ElementName, source: string): PrintedText {
  return { runs: [{ text }], style, source };
}

/** Printed text from inline content, with an optional prefix run ("1. ", "- "). */
export function inline(content: Inline | Run[], style: ElementName, source: string, prefix?: PrintedRun): PrintedText {
  const runs = (Array.isArray(content) ? runsOf(content as Inline) : runsOf(content)).map(printedRun);
  return { runs: prefix && prefix.text ? [prefix, ...runs] : runs, style, source };
}

export function upperRuns(text: PrintedText): PrintedText {
  return { ...text, runs: text.runs.map((r) => ({ ...r, text: upperVi(r.text) })) };
}

export function plainOf(text: PrintedText): string {
  return text.runs.map((r) => r.text).join("");
}

/** Whether most letters are capitals: a title the author wrote in caps keeps its exceptions. */
export function mostlyUpper(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const c of text) {
    if (c.toLowerCase() === c.toUpperCase()) continue;
    letters++;
    if (c === c.toUpperCase()) upper++;
  }
  return upper >= letters * 0.8;
}
