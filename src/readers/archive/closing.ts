import { cellsOf, type Band } from "./cells.js";
import { isAuthorityLine, isBodyLine, NOI_NHAN } from "./classify.js";
import { isCaps, makeLine, type ArchiveLine } from "./lines.js";
import type { Entry } from "./noise.js";
import { readRecipientLine, type RecipientLine } from "./recipients.js";
import { isNameLine, type SignatureLines } from "./signature.js";
import type { WarningLog } from "./warnings.js";

export interface ClosingReading {
  /** The "Nơi nhận:" label. */
  label?: ArchiveLine;
  recipients: RecipientLine[];
  /** Every line of the recipient list as written, the "Lưu" line included. */
  recipientLines: ArchiveLine[];
  signature: SignatureLines;
  /** Lines of the closing the reader could not place: they go back to the body. */
  leftovers: ArchiveLine[];
}

const DASH = /^[-–—+•]\s*\S/u;
const ENDS_ITEM = /[;,.]$/u;
const MAX_CLOSING_LINE = 300;
// A cheap first look: the closing opens with "Nơi nhận" or an authority prefix (TM., T/M, KT. …).
const MAY_OPEN_CLOSING = /^[|\s]*(?:noi ?nhan|t\s*(?:[/.]\s*)?[ml]|k\s*(?:[/.]\s*)?t|tuq|q)/;

function isSignatureCaps(l: ArchiveLine): boolean {
  return isCaps(l.plain) && l.plain.length <= 100 && !isBodyLine(l);
}

/** Pieces of a closing line that read as cells of the band on their own. */
const CLOSING_BAND: Band = {
  cellKind: (c) => {
    if (NOI_NHAN.test(c.folded)) return "label";
    if (DASH.test(c.plain)) return "item";
    if (isAuthorityLine(c)) return "authority";
    if (isSignatureCaps(c)) return "title";
    return isNameLine(c) ? "name" : undefined;
  },
  isWhole: () => false,
};

/**
 * Where the closing starts: the "Nơi nhận" label or the first authority line (TM., T/M …),
 * whichever comes first after `from`; failing both, a final name with a capitals title above
 * it ("GIÁM ĐỐC" … "Nguyễn Văn A"). Returns entries.length when there is no closing.
 */
export function findClosingStart(entries: readonly Entry[], from: number): number {
  for (let i = from; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.role !== "content" || e.l.plain.length > MAX_CLOSING_LINE) continue;
    const piped = e.l.raw.includes("|");
    if (!piped && !MAY_OPEN_CLOSING.test(e.l.folded)) continue;
    // A row of the band written with "|" may hold the authority in its second cell ("- Như Điều 3; | TM. …").
    const cells = cellsOf(e.l, CLOSING_BAND);
    const opening = piped ? cells : cells.slice(0, 1);
    if (opening.some((c) => NOI_NHAN.test(c.folded) || isAuthorityLine(c))) return i;
  }
  let k = entries.length - 1;
  while (k >= from && entries[k]!.role !== "content") k--;
  if (k < from || !isNameLine(entries[k]!.l)) return entries.length;
  let start = -1;
  for (let i = k - 1; i >= from; i--) {
    const e = entries[i]!;
    if (e.role === "blank") continue;
    if (e.role === "content" && isSignatureCaps(e.l)) start = i;
    else break;
  }
  return start >= 0 ? start : entries.length;
}

/** Reads recipients and signature, in whatever order the two columns were serialised. */
export function readClosing(entries: readonly Entry[], log: WarningLog): ClosingReading {
  const r: ClosingReading = { recipients: [], recipientLines: [], signature: { authority: [], titles: [], lines: [] }, leftovers: [] };
  let inRecipients = false;
  let blankSinceItem = false;
  let blankSinceTitle = false;
  const lastItem = () => {
    const last = r.recipients[r.recipients.length - 1];
    return last?.kind === "item" ? last : undefined;
  };

  const item = (c: ArchiveLine) => {
    r.recipients.push(readRecipientLine(c));
    r.recipientLines.push(c);
    blankSinceItem = false;
  };

  const place = (c: ArchiveLine) => {
    const sig = r.signature;
    if (c.plain.length > MAX_CLOSING_LINE) {
      r.leftovers.push(c);
      log.add(c.line, "unplaced-line");
      return;
    }
    const label = NOI_NHAN.exec(c.folded);
    if (label) {
      if (r.label) {
        r.leftovers.push(c);
        log.add(c.line, "duplicate-line");
        return;
      }
      r.label = c;
      inRecipients = true;
      const rest = c.plain.slice(label[0].length).trim();
      if (rest) item(makeLine(c.line, rest));
      return;
    }
    if (DASH.test(c.plain)) {
      item(c);
      return;
    }
    const previous = lastItem();
    if (inRecipients && previous && !blankSinceItem && !ENDS_ITEM.test(previous.line.plain) && !isAuthorityLine(c) && !isSignatureCaps(c)) {
      // A recipient name wrapped onto the next line.
      const joined = makeLine(previous.line.line, previous.line.raw, `${previous.line.text} ${c.text}`);
      r.recipients[r.recipients.length - 1] = readRecipientLine(joined);
      r.recipientLines.push(c);
      log.add(c.line, "recipient-continued");
      return;
    }
    // Items whose dash the OCR lost still end with the list's punctuation.
    if (inRecipients && (ENDS_ITEM.test(c.plain) || /^luu(?![a-z])/.test(c.folded)) && !isSignatureCaps(c)) {
      item(c);
      return;
    }
    if (isAuthorityLine(c)) {
      if (/^(?:KT|K\/T|K\.T)(?![\p{L}])/u.test(c.plain) && !sig.delegation) sig.delegation = c;
      else sig.authority.push(c);
      sig.lines.push(c);
      inRecipients = false;
      blankSinceTitle = false;
      return;
    }
    if (isSignatureCaps(c)) {
      // A second capitals line after the signature space is the name written in capitals.
      if (sig.titles.length > 0 && blankSinceTitle && !sig.name) sig.name = c;
      else sig.titles.push(c);
      sig.lines.push(c);
      inRecipients = false;
      blankSinceTitle = false;
      return;
    }
    if (isNameLine(c) && !sig.name) {
      sig.name = c;
      sig.lines.push(c);
      inRecipients = false;
      return;
    }
    r.leftovers.push(c);
    log.add(c.line, "unplaced-line");
  };

  for (const e of entries) {
    if (e.role === "blank") {
      blankSinceItem = true;
      blankSinceTitle = true;
      continue;
    }
    if (e.role === "star" || e.role === "rule") {
      log.add(e.l.line, e.role === "star" ? "stray-star" : "markdown-rule");
      continue;
    }
    cellsOf(e.l, CLOSING_BAND).forEach(place);
  }
  return r;
}
