// vanban/check: the rules on the model and on document text, with the bundled profiles as data.
// No Node built-ins (checkData and the page checks, which need the layout and its fonts, are in "vanban").
export { checkDocument, checkSource } from "../check/check-document.js";
export { checkText, type CheckTextOptions } from "../check/check-text.js";
export type { CheckOptions } from "../check/context.js";
export { FindingSchema, SeveritySchema, hasErrors, type Finding, type Severity } from "../check/finding.js";
export { RULES, type RuleId } from "../check/rules.js";
