import type { ModelRule } from "../context.js";
import type { RuleId } from "../rules.js";
import { basisPunctuation, headingHierarchy } from "./body.js";
import { citationSpacing, citedDatesValid } from "./citations.js";
import { dateNotInFuture, datePlace } from "./date.js";
import { unicodeText } from "./encoding.js";
import { endMarkTarget, partyBodyEnd } from "./end.js";
import { circulationNote, issuerCaps, urgencyStamp } from "./header.js";
import { congVanSymbol, numberSuffixNoted, partyNumberGrammar, symbolGrammar, typeCodeForKind } from "./number.js";
import {
  archiveLineForm,
  firstRecipientAsAbove,
  kinhGuiItemsBare,
  kinhGuiPresent,
  partyArchiveLineForm,
  partyRecipientNamesBare,
  recipientNamesBare,
  recipientNoteSeparate,
} from "./recipients.js";
import {
  deputySignsThroughKT,
  partyCommitteeSignature,
  partySignaturePrefixes,
  signaturePrefixes,
  signerWithoutTitles,
} from "./signature.js";
import { partySubjectLowerCase, partyVvOnce, subjectCapital, vvOnce } from "./title.js";

/** One function per rule judged on the model (rules.ts says which: judged "model" or "both"). */
export const MODEL_RULES: Partial<Record<RuleId, ModelRule>> = {
  "R-FONT-2": unicodeText,
  "R-HDR-3": issuerCaps,
  "R-NUM-2b": numberSuffixNoted,
  "R-NUM-3": symbolGrammar,
  "R-NUM-4": typeCodeForKind,
  "R-NUM-5": congVanSymbol,
  "P-NUM-1": partyNumberGrammar,
  "R-DATE-1": datePlace,
  "R-DATE-3": dateNotInFuture,
  "R-TITLE-2": subjectCapital,
  "P-TITLE-1": partySubjectLowerCase,
  "R-VV-1": vvOnce,
  "P-VV-1": partyVvOnce,
  "R-KG-1": kinhGuiPresent,
  "R-KG-2": kinhGuiItemsBare,
  "R-BODY-3": headingHierarchy,
  "R-BODY-4": basisPunctuation,
  "R-END-1": endMarkTarget,
  "P-END-1": partyBodyEnd,
  "R-SIG-1": signaturePrefixes,
  "R-SIG-2": signerWithoutTitles,
  "R-SIG-3": deputySignsThroughKT,
  "P-SIG-1": partySignaturePrefixes,
  "P-SIG-2": partyCommitteeSignature,
  "R-RCPT-2": recipientNamesBare,
  "R-RCPT-3": recipientNoteSeparate,
  "R-RCPT-4": firstRecipientAsAbove,
  "R-RCPT-5": archiveLineForm,
  "P-RCPT-1": partyRecipientNamesBare,
  "P-RCPT-2": partyArchiveLineForm,
  "R-MARK-1": urgencyStamp,
  "R-MARK-2": circulationNote,
  "R-CITE-1": citationSpacing,
  "R-CITE-2": citedDatesValid,
};
