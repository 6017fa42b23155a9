import type { Document, Recipient } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { upperVi } from "../text/case.js";
import { archiveLine, recipientLine } from "../text/punctuation.js";
import { plain } from "./text.js";
import type { PrintedClosing, PrintedRecipient, PrintedText } from "./printed.js";

/** Nơi nhận (spec §6.2) and the signature block (§5): every line punctuated and cased. */
export function realizeClosing(doc: Document, profile: Profile): PrintedClosing {
  const cfg = profile.recipients;
  const line = (r: Recipient, source: string): PrintedText => plain(recipientLine(cfg.itemPrefix, r.name, r.note, cfg.separator), "recipients", source);
  const recipients: PrintedRecipient[] = doc.recipients.items.map((item, i) =>
    "items" in item
      ? {
          kind: "group",
          lines: item.items.map((r, k) => line(r, `recipients.items[${i}].items[${k}]`)),
          note: { runs: [{ text: `(${item.note})`, italic: true }], style: "recipients", source: `recipients.items[${i}].note` },
        }
      : { kind: "line", text: line(item, `recipients.items[${i}]`) },
  );
  const a = doc.recipients.archive;
  const sig = doc.signature;
  const signatureLines = [
    ...(sig.authority ?? []).map((l, i) => plain(upperVi(l), "signatureAuthority", `signature.authority[${i}]`)),
    ...(sig.delegation ? [plain(upperVi(sig.delegation), "signatureAuthority", "signature.delegation")] : []),
    plain(upperVi(sig.title), "signatureTitle", "signature.title"),
  ];
  return {
    label: plain(cfg.label, "recipientsLabel", "generated"),
    recipients,
    archive: plain(archiveLine(cfg.itemPrefix, cfg.archiveLabel, cfg.archiveFixed, a.units, a.drafter, a.copies), "recipients", "recipients.archive"),
    signatureLines,
    name: plain(sig.name, "signerName", "signature.name"),
    signatureSpaceMm: profile.signature.spaceMm,
  };
}
