import type { Document } from "../../model/document.js";
import type { RuleId } from "../rules.js";

/**
 * The top-level fields of the document each model rule reads. An archive import that lacks
 * some fields (OCR loses the issuer) still has its other parts judged: a rule runs on the
 * partial document only when every field it reads is valid there (an optional field may be
 * absent). A rule missing from this table is not run on a partial document.
 */
export const MODEL_RULE_NEEDS: Partial<Record<RuleId, readonly (keyof Document)[]>> = {
  "R-FONT-2": [], // walks whatever text is present
  "R-HDR-3": ["issuer"],
  "R-NUM-2b": ["numberSuffix"],
  "R-NUM-3": ["kind", "number", "numberSuffix", "symbol"],
  "R-NUM-4": ["kind", "symbol"],
  "R-NUM-5": ["kind", "symbol"],
  "P-NUM-1": ["kind", "number", "numberSuffix", "symbol"],
  "R-DATE-1": ["place", "date"],
  "R-DATE-3": ["date"],
  "R-TITLE-2": ["kind", "subject"],
  "P-TITLE-1": ["kind", "subject"],
  "R-VV-1": ["kind", "subject"],
  "P-VV-1": ["kind", "subject"],
  "R-KG-1": ["kind", "kinhGui"],
  "R-KG-2": ["kinhGui"],
  "R-BODY-3": ["body"],
  "R-BODY-4": ["kind", "body"],
  "R-END-1": ["body"],
  "P-END-1": ["body"],
  "R-SIG-1": ["signature"],
  "R-SIG-2": ["signature"],
  "R-SIG-3": ["signature"],
  "P-SIG-1": ["signature", "issuer"],
  "P-SIG-2": ["signature", "issuer"],
  "R-RCPT-2": ["recipients"],
  "R-RCPT-3": ["recipients"],
  "R-RCPT-4": ["recipients", "kinhGui"],
  "R-RCPT-5": ["recipients"],
  "P-RCPT-1": ["recipients"],
  "P-RCPT-2": ["recipients"],
  "R-MARK-1": ["urgency"],
  "R-MARK-2": ["circulation"],
  "R-CITE-1": ["subject", "kinhGui", "body"],
  "R-CITE-2": ["subject", "kinhGui", "body"],
};
