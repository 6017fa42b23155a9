import type { Document } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { kindName } from "../model/kinds.js";
import { DocumentError } from "../model/errors.js";
import { formatNumberLine } from "../text/number.js";
import { formatDateLine } from "../text/date.js";

/** The type code the symbol carries: the document's own override, else the profile's code for the kind. */
export function typeCodeFor(doc: Document, profile: Profile): string | null {
  if (doc.symbol.typeCode) return doc.symbol.typeCode;
  const code = profile.typeCodes[doc.kind];
  if (code === undefined) {
    throw new DocumentError([
      {
        path: "kind",
        vi: `loại "${kindName(doc.kind)}" không có mã trong thể thức ${profile.id}; hãy ghi symbol.typeCode`,
        en: `kind "${doc.kind}" has no type code in profile ${profile.id}; set symbol.typeCode`,
      },
    ]);
  }
  return code;
}

export function numberLineOf(doc: Document, profile: Profile): string {
  return formatNumberLine(
    {
      number: doc.number,
      numberSuffix: doc.numberSuffix,
      typeCode: typeCodeFor(doc, profile),
      issuer: doc.symbol.issuer,
      unit: doc.symbol.unit,
    },
    profile.number,
  );
}

export function dateLineOf(doc: Document, profile: Profile): string {
  return formatDateLine(doc.place, doc.date, profile.date);
}
