import type { Document } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { isCongVan, kindName } from "../model/kinds.js";
import { toNfc } from "../text/nfc.js";
import { realizeHeader } from "./header.js";
import { realizeAuthority, realizeKinhGui, realizeTitle } from "./title.js";
import { realizeBlocks } from "./body.js";
import { realizeClosing } from "./closing.js";
import { realizeAnnexes } from "./annexes.js";
import { plain } from "./text.js";
import type { Printed } from "./printed.js";

/**
 * Document + profile → what the page says (DESIGN.md, "realize"). Pure: no fonts, no geometry.
 * Text is printed in NFC whatever the input's normalisation (R-FONT-2).
 */
export function realize(input: Document, profile: Profile): Printed {
  const doc = toNfc(input);
  const subject = isCongVan(doc.kind) ? `${profile.vv.prefix}${doc.subject}` : doc.subject;
  const title = realizeTitle(doc, profile);
  const authority = realizeAuthority(doc);
  const kinhGui = realizeKinhGui(doc, profile);
  return {
    profile,
    header: realizeHeader(doc, profile),
    ...(title ? { title } : {}),
    ...(authority ? { authority } : {}),
    ...(kinhGui ? { kinhGui } : {}),
    body: realizeBlocks(doc.body, profile, "body", profile.endMark),
    closing: realizeClosing(doc, profile),
    footer: (doc.footer ?? []).map((l, i) => plain(l, "footer", `footer[${i}]`)),
    annexes: realizeAnnexes(doc, profile),
    metadata: {
      title: `${kindName(doc.kind)} ${subject}`,
      author: doc.issuer.body.join(" "),
      subject,
      keywords: profile.variant,
      creationDate: doc.date ?? "2000-01-01",
    },
  };
}

export type * from "./printed.js";
