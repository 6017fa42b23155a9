// vanban/check: the rules on the model and on document text (checkData and the page checks,
// which need the layout and its fonts, are in "vanban"). Profiles are read from layouts/ (Node).
export { checkDocument, checkSource } from "../check/check-document.js";
export { checkText, type CheckTextOptions } from "../check/check-text.js";
export type { CheckOptions } from "../check/context.js";
export { FindingSchema, SeveritySchema, hasErrors, type Finding, type Severity } from "../check/finding.js";
export { RULES, type RuleId } from "../check/rules.js";
