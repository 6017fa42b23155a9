import type { Document } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { isCongVan, kindName } from "../model/kinds.js";
import { upperVi } from "../text/case.js";
import { lineEnd } from "../text/punctuation.js";
import { plain } from "./text.js";
import type { PrintedKinhGui, PrintedText, PrintedTitle } from "./printed.js";

/** The type name and the subject with its mark (R-TITLE-1, P-TITLE-1); none for a công văn (R-VV-1). */
export function realizeTitle(doc: Document, profile: Profile): PrintedTitle | undefined {
  if (isCongVan(doc.kind)) return undefined;
  const mark = profile.title.subjectMark;
  return {
    kind: plain(upperVi(kindName(doc.kind)), "kindName", "kind"),
    subject: plain(doc.subject, "subject", "subject"),
    mark: mark.kind === "rule" ? mark : { kind: "text", text: plain(mark.text, "subject", "generated") },
  };
}

/** A state Quyết định's authority line ("GIÁM ĐỐC SỞ NỘI VỤ"), caps bold. */
export function realizeAuthority(doc: Document): PrintedText | undefined {
  return doc.authority ? plain(upperVi(doc.authority), "authority", "authority") : undefined;
}

/** "Kính gửi:" (spec §6.1): one recipient on the label's line; several punctuated "- …;" lines. */
export function realizeKinhGui(doc: Document, profile: Profile): PrintedKinhGui | undefined {
  const items = doc.kinhGui;
  if (!items?.length) return undefined;
  const cfg = profile.kinhGui;
  if (items.length === 1) {
    return {
      label: plain(cfg.label, "kinhGui", "generated"),
      items: [plain(`${items[0]!.trim()}${cfg.last}`, "kinhGui", "kinhGui[0]")],
      firstOnLabelLine: true,
    };
  }
  return {
    label: plain(cfg.label, "kinhGui", "generated"),
    items: items.map((name, i) => plain(`${cfg.itemPrefix}${name.trim()}${lineEnd(i, items.length, cfg.separator, cfg.last)}`, "kinhGui", `kinhGui[${i}]`)),
    firstOnLabelLine: cfg.firstOnLabelLine,
  };
}
