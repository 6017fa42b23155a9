import type { SourceRule } from "../context.js";
import type { RuleId } from "../rules.js";
import { dateLineForm, datePadding, writtenDateValid } from "./date.js";
import { writtenUnicode } from "./encoding.js";
import { endMarkWritten, partyEndWritten } from "./end.js";
import { kinhGuiLabel, kinhGuiLayout, kinhGuiPunctuation } from "./kinh-gui.js";
import {
  numberPadding,
  numberPrefix,
  numberSuffixWritten,
  partyNumberForm,
  partyNumberLine,
  symbolWithoutSpaces,
  writtenCongVanSymbol,
  writtenTypeCode,
} from "./number.js";
import {
  archiveLineWritten,
  partyArchiveLineWritten,
  partyRecipientLineEnds,
  recipientAsAbove,
  recipientLineEnds,
  recipientNoteBeforeSeparator,
} from "./recipients.js";
import {
  writtenDeputySignsThroughKT,
  writtenPartyCommitteeSignature,
  writtenPartySignaturePrefixes,
  writtenSignaturePrefixes,
  writtenSignerWithoutTitles,
} from "./signature.js";
import { partyVvWritten, vvWritten } from "./subject.js";

/** One function per rule judged on an archive's verbatim lines (rules.ts: judged "source" or "both"). */
export const SOURCE_RULES: Partial<Record<RuleId, SourceRule>> = {
  "R-FONT-2": writtenUnicode,
  "R-NUM-1": numberPrefix,
  "R-NUM-2": numberPadding,
  "R-NUM-2b": numberSuffixWritten,
  "R-NUM-3": symbolWithoutSpaces,
  "R-NUM-4": writtenTypeCode,
  "R-NUM-5": writtenCongVanSymbol,
  "P-NUM-1": partyNumberLine,
  "P-NUM-2": partyNumberForm,
  "R-DATE-1": dateLineForm,
  "R-DATE-2": datePadding,
  "R-DATE-3": writtenDateValid,
  "R-VV-1": vvWritten,
  "P-VV-1": partyVvWritten,
  "R-KG-1": kinhGuiLabel,
  "R-KG-2": kinhGuiPunctuation,
  "R-KG-3": kinhGuiLayout,
  "R-END-1": endMarkWritten,
  "P-END-1": partyEndWritten,
  "R-SIG-1": writtenSignaturePrefixes,
  "R-SIG-2": writtenSignerWithoutTitles,
  "R-SIG-3": writtenDeputySignsThroughKT,
  "P-SIG-1": writtenPartySignaturePrefixes,
  "P-SIG-2": writtenPartyCommitteeSignature,
  "R-RCPT-2": recipientLineEnds,
  "R-RCPT-3": recipientNoteBeforeSeparator,
  "R-RCPT-4": recipientAsAbove,
  "R-RCPT-5": archiveLineWritten,
  "P-RCPT-1": partyRecipientLineEnds,
  "P-RCPT-2": partyArchiveLineWritten,
};
