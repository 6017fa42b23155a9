import type { Line, Page, Pages } from "../../layout/pages.js";
import type { Printed } from "../../realize/printed.js";
import type { Finding, FindingDetails } from "../finding.js";
import type { RuleContext } from "../context.js";
import type { RuleId } from "../rules.js";

/** What a rule on the page reads: the laid-out pages and what the page was meant to say. */
export interface PageContext extends RuleContext {
  pages: Pages;
  printed: Printed;
}

export type PageRule = (ctx: PageContext) => Finding[];

export const PT_PER_MM = 72 / 25.4;

/** Every line of the document, page by page, with its page. */
export function* allLines(pages: Pages): Generator<{ page: Page; line: Line }> {
  for (const page of pages.pages) for (const line of page.lines) yield { page, line };
}

export function textOf(line: Line): string {
  return line.spans.map((s) => s.text).join("");
}

/** Body text roles: lines of the flowing body (paragraphs, headings, items, bases, articles). */
export const BODY_ROLES = new Set(["body", "basis", "heading1", "headingTitled", "article", "table"]);

export function detail(path: string, vi: string, en: string, expected: string, actual: string, fix: string): FindingDetails {
  return { path: path || "layout", message: { vi, en }, expected, actual, fix };
}

export const f1 = (n: number): string => n.toFixed(1);

/** The finding, when the profile applies the rule. */
export function find(ctx: PageContext, rule: RuleId, d: FindingDetails): Finding[] {
  try {
    return [ctx.finding(rule, d)];
  } catch {
    return [];
  }
}
