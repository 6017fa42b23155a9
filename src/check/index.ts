// The compliance checker: spec §9 rules, one function per rule id, Document (and archive lines) → findings.
export { checkDocument, checkSource } from "./check-document.js";
export { checkText, type CheckTextOptions } from "./check-text.js";
export { checkData } from "./check-data.js";
export { INPUT_RULE, unreadable } from "./input.js";
export { formatReport, summarize, type FileFindings } from "./report.js";
export type { CheckOptions } from "./context.js";
export { FindingSchema, SeveritySchema, hasErrors, compareFindings, type Finding, type Severity } from "./finding.js";
export { RULES, ruleSpec, severityFor, type RuleId, type RuleSpec, type Judged } from "./rules.js";
export type { CheckTerms } from "./terms.js";
export { parseDay } from "./dates.js";
export { checkLayout, checkPages, PAGE_RULES } from "./page/index.js";
