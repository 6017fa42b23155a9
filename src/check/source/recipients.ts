import { recipientLine } from "../../text/punctuation.js";
import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import type { RuleId } from "../rules.js";
import { archiveLinePattern, archiveWord, expectedArchiveLine } from "../patterns.js";
import { escapeRegExp, LEADING_DASH, withoutTrailingPunctuation } from "../text.js";
import { at, writtenList, type WrittenLine } from "./lines.js";

/** "- } (Báo cáo)": the note of a brace-grouped run of recipients (seed 001), not a recipient. */
const BRACE_NOTE = /^[-–]?\s*\}/u;

interface RecipientLines {
  items: WrittenLine[];
  archive?: WrittenLine;
}

function readRecipients(ctx: SourceContext): RecipientLines {
  const lines = writtenList(ctx.source.recipients, "source.recipients").filter((l) => !BRACE_NOTE.test(l.text));
  const word = archiveWord(ctx.profile).toLocaleLowerCase("vi");
  const isArchive = (l: WrittenLine) => l.text.replace(LEADING_DASH, "").toLocaleLowerCase("vi").startsWith(word);
  let index = -1;
  lines.forEach((l, i) => {
    if (isArchive(l)) index = i;
  });
  if (index < 0) return { items: lines };
  return { items: lines.filter((_, i) => i !== index), archive: lines[index]! };
}

/** A recipient line taken apart: "- Tổng LĐLĐ Việt Nam; (b/c)" → name, note, and whether the note followed the separator. */
function parts(text: string, separator: string): { name: string; note?: string; noteAfterSeparator: boolean } {
  const afterSep = new RegExp(`${escapeRegExp(separator)}\\s*\\(([^()]+)\\)\\s*$`, "u").exec(text);
  const trailing = /\(([^()]+)\)\s*(?:[;,.]\s*)?$/u.exec(text);
  const note = (afterSep ?? trailing)?.[1]?.trim();
  const withoutNote = afterSep || trailing ? text.slice(0, (afterSep ?? trailing)!.index) : text;
  const name = withoutTrailingPunctuation(withoutNote.replace(LEADING_DASH, "")).trim();
  return note === undefined ? { name, noteAfterSeparator: false } : { name, note, noteAfterSeparator: afterSep !== null };
}

function lineEnds(ctx: SourceContext, rule: RuleId): Finding[] {
  const r = ctx.profile.recipients;
  return readRecipients(ctx).items.flatMap((l) => {
    const p = parts(l.text, r.separator);
    if (p.noteAfterSeparator) return []; // R-RCPT-3's case: the separator is there, the note is misplaced.
    const expected = recipientLine(r.itemPrefix, p.name, p.note, r.separator);
    const dash = l.text.startsWith(r.itemPrefix);
    const ends = l.text.endsWith(r.separator);
    if (dash && ends) return [];
    return [
      ctx.finding(rule, {
        ...at(l),
        message: !dash
          ? { vi: `Mỗi nơi nhận bắt đầu bằng "${r.itemPrefix}"`, en: `Each recipient line starts with "${r.itemPrefix}"` }
          : { vi: `Mỗi nơi nhận (trừ dòng lưu) kết thúc bằng "${r.separator}"`, en: `Each recipient line but the archive line ends with "${r.separator}"` },
        expected,
        actual: l.text,
        fix: `Sửa thành "${expected}".`,
      }),
    ];
  });
}

/** R-RCPT-2: each recipient line starts with "- " and ends with ";". */
export function recipientLineEnds(ctx: SourceContext): Finding[] {
  return lineEnds(ctx, "R-RCPT-2");
}

/** P-RCPT-1: Party recipient lines start with "- " and end with "," (the label's style is the writer's). */
export function partyRecipientLineEnds(ctx: SourceContext): Finding[] {
  return lineEnds(ctx, "P-RCPT-1");
}

/** R-RCPT-3: a note such as "(b/c)" comes before the line's ";": "- Tổng LĐLĐ Việt Nam (b/c);". */
export function recipientNoteBeforeSeparator(ctx: SourceContext): Finding[] {
  const r = ctx.profile.recipients;
  return readRecipients(ctx).items.flatMap((l) => {
    const p = parts(l.text, r.separator);
    if (!p.noteAfterSeparator) return [];
    const expected = recipientLine(r.itemPrefix, p.name, p.note, r.separator);
    return [
      ctx.finding("R-RCPT-3", {
        ...at(l),
        message: {
          vi: `Ghi chú của nơi nhận đặt trước dấu "${r.separator}", không đặt sau`,
          en: `A recipient's note comes before the "${r.separator}", not after it`,
        },
        expected,
        actual: l.text,
        fix: `Sửa thành "${expected}".`,
      }),
    ];
  });
}

/** R-RCPT-4: when the text has a Kính gửi block, the first recipient is "- Như trên;". */
export function recipientAsAbove(ctx: SourceContext): Finding[] {
  if (writtenList(ctx.source.kinhGui, "source.kinhGui").length === 0) return [];
  const r = ctx.profile.recipients;
  const first = readRecipients(ctx).items[0];
  const wanted = ctx.terms.asAbove;
  if (first && parts(first.text, r.separator).name === wanted) return [];
  const expected = recipientLine(r.itemPrefix, wanted, undefined, r.separator);
  return [
    ctx.finding("R-RCPT-4", {
      ...(first ? at(first) : { path: "source.recipients" }),
      message: { vi: `Văn bản có phần Kính gửi thì nơi nhận đầu tiên là "${expected}"`, en: `With a Kính gửi block, the first recipient line is "${expected}"` },
      expected,
      actual: first?.text ?? "",
      fix: first ? `Thay "${first.text}" bằng "${expected}".` : `Thêm dòng "${expected}" đầu tiên.`,
    }),
  ];
}

function archiveForm(ctx: SourceContext, rule: RuleId): Finding[] {
  const { archive, items } = readRecipients(ctx);
  const pattern = archiveLinePattern(ctx.profile);
  const label = `${ctx.profile.recipients.itemPrefix}${ctx.profile.recipients.archiveLabel}`;
  if (!archive) {
    if (!ctx.source.recipients?.length) return [];
    const last = items[items.length - 1];
    return [
      ctx.finding(rule, {
        ...(last ? at(last) : { path: "source.recipients" }),
        message: { vi: `Thiếu dòng lưu văn bản "${label}…"`, en: `The archive line "${label}…" is missing` },
        expected: expectedArchiveLine("", ctx.profile),
        actual: "",
        fix: `Thêm dòng cuối "${expectedArchiveLine("", ctx.profile)}".`,
      }),
    ];
  }
  if (pattern.test(archive.text)) return [];
  const expected = expectedArchiveLine(archive.text, ctx.profile);
  return [
    ctx.finding(rule, {
      ...at(archive),
      message: {
        vi: `Dòng lưu viết "${label.trim()}" rồi các đơn vị, kết thúc bằng "${ctx.profile.recipients.last}"`,
        en: `The archive line reads "${label.trim()}" then the units, ending with "${ctx.profile.recipients.last}"`,
      },
      expected,
      actual: archive.text,
      fix: `Sửa thành "${expected}".`,
    }),
  ];
}

/** R-RCPT-5: the last line is "- Lưu: VT[, UNIT…]." — catches "- Lưu VT." and a missing final ".". */
export function archiveLineWritten(ctx: SourceContext): Finding[] {
  return archiveForm(ctx, "R-RCPT-5");
}

/** P-RCPT-2: the Party archive line "- Lưu UNIT." has no colon and ends with ".". */
export function partyArchiveLineWritten(ctx: SourceContext): Finding[] {
  return archiveForm(ctx, "P-RCPT-2");
}
