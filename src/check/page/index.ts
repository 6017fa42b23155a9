import type { Document } from "../../model/document.js";
import { parseDocument } from "../../model/parse.js";
import { realize } from "../../realize/index.js";
import { layoutPrinted, profileFor, DEFAULT_MAX_PAGES, type LayoutOptions } from "../../layout/layout-document.js";
import { bundledFonts } from "../../fonts/fonts.js";
import type { Pages } from "../../layout/pages.js";
import type { Printed } from "../../realize/printed.js";
import { compareFindings, type Finding } from "../finding.js";
import { ruleContext, type CheckOptions } from "../context.js";
import { applies, RULES } from "../rules.js";
import type { PageRule } from "./context.js";
import { lostText } from "./lost.js";
import { margins } from "./margins.js";
import { band, headings, widows } from "./keeps.js";
import { issuerRule, mottoRule, numberDateRow } from "./header.js";
import { bodyParagraphs, recipientsLabel } from "./body.js";

/** Rules judged on the laid-out page, by id (spec §9 "layout" rules and the L- rules of src/layout/RULES.md). */
export const PAGE_RULES: Record<string, PageRule> = {
  "L-LOST-1": lostText,
  "L-MARGIN-1": margins,
  "L-WIDOW-1": widows,
  "L-HEAD-1": headings,
  "L-BAND-1": band,
  "R-HDR-2": mottoRule,
  "P-HDR-1": mottoRule,
  "R-HDR-3": issuerRule,
  "R-NUM-6": numberDateRow,
  "R-BODY-1": bodyParagraphs,
  "R-RCPT-1": recipientsLabel,
};

/** Runs every page rule that applies to the profile on pages laid out from `printed`. */
export function checkPages(pages: Pages, printed: Printed, options: CheckOptions = {}): Finding[] {
  const ctx = { ...ruleContext(printed.profile, options), pages, printed };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (!applies(rule, printed.profile)) continue;
    const check = PAGE_RULES[rule.id];
    if (check) out.push(...check(ctx));
  }
  // One finding per rule and path: a rule broken on every line of a paragraph is one problem.
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(`${f.rule} ${f.path}`) && seen.add(`${f.rule} ${f.path}`)).sort(compareFindings);
}

/**
 * Lays a document out and checks the page (DESIGN.md, "check on the page"): the layout rules of
 * spec §9 (motto and issuer rules, number and date row, justified body, Nơi nhận label) and the
 * L- rules vanban's layout promises. A document that cannot be laid out throws its DocumentError.
 */
export function checkLayout(input: Document, options: CheckOptions & Pick<LayoutOptions, "preset" | "fonts" | "maxPages"> = {}): Finding[] {
  const doc = parseDocument(input);
  const profile = profileFor(doc, { ...(options.profileData ? { profile: options.profileData } : {}), ...(options.preset ? { preset: options.preset } : {}) });
  const printed = realize(doc, profile);
  const pages = layoutPrinted(printed, options.fonts ?? bundledFonts(), options.maxPages ?? DEFAULT_MAX_PAGES);
  return checkPages(pages, printed, options);
}
