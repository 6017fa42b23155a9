import type { Document } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { isCongVan } from "../model/kinds.js";
import { upperVi } from "../text/case.js";
import { dateLineOf, numberLineOf } from "./symbol.js";
import { plain } from "./text.js";
import type { PrintedHeader, PrintedMark, PrintedStamp } from "./printed.js";

function stamps(doc: Document, profile: Profile): PrintedStamp[] {
  const frame = profile.stamps;
  const out: PrintedStamp[] = [];
  // NĐ 30 box 10a (secrecy) then 10b (urgency), then the circulation note (box 11).
  if (doc.secrecy) {
    out.push({ text: plain(doc.secrecy, "stamp", "secrecy"), heightMm: frame.heightMm, color: frame.secrecyColor, ...widthOf(frame.secrecyWidthMm[doc.secrecy]) });
  }
  if (doc.urgency) {
    out.push({ text: plain(doc.urgency, "stamp", "urgency"), heightMm: frame.heightMm, color: frame.urgencyColor, ...widthOf(frame.urgencyWidthMm[doc.urgency]) });
  }
  if (doc.circulation) out.push({ text: plain(doc.circulation, "stamp", "circulation"), heightMm: frame.heightMm, color: "black" });
  return out;
}

/** The blanks of an unissued draft ("Số:      /LĐLĐ-VP") as no-break spaces, so the layout keeps their width. */
function keepBlanks(line: string): string {
  return line.replace(/ {2,}/gu, (run) => "\u00a0".repeat(run.length));
}

function widthOf(mm: number | undefined): { widthMm?: number } {
  return mm === undefined ? {} : { widthMm: mm };
}

function draftMark(doc: Document, profile: Profile): PrintedStamp | undefined {
  if (doc.draft === undefined || doc.draft === false) return undefined;
  const text = doc.draft === true ? profile.draftMark.text : profile.draftMark.numbered.replace("{n}", String(doc.draft));
  return { text: plain(text, "stamp", "draft"), heightMm: profile.stamps.heightMm, color: "black" };
}

/** The two-column header band (spec §2.1–2.4): what each cell says. */
export function realizeHeader(doc: Document, profile: Profile): PrintedHeader {
  const mark = profile.header.issuerMark;
  const issuerMark: PrintedMark = mark.kind === "rule" ? mark : { kind: "text", text: plain(mark.text, "issuer", "generated") };
  const vv = isCongVan(doc.kind) ? plain(`${profile.vv.prefix}${doc.subject}`, "vv", "subject") : undefined;
  const dm = draftMark(doc, profile);
  return {
    superior: (doc.issuer.superior ?? []).map((l, i) => plain(upperVi(l), "superior", `issuer.superior[${i}]`)),
    issuer: doc.issuer.body.map((l, i) => plain(upperVi(l), "issuer", `issuer.body[${i}]`)),
    issuerMark,
    right: profile.header.right.map((l) => plain(l.text, l.element, "generated")),
    number: plain(keepBlanks(numberLineOf(doc, profile)), "number", "number"),
    date: plain(keepBlanks(dateLineOf(doc, profile)), "date", "date"),
    ...(vv ? { vv } : {}),
    stamps: stamps(doc, profile),
    ...(dm ? { draftMark: dm } : {}),
  };
}
