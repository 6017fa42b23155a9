import { isCongVan } from "../../model/kinds.js";
import type { Recipient, RecipientGroup } from "../../model/document.js";
import { archiveLine } from "../../text/punctuation.js";
import type { RuleId } from "../rules.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { archiveLinePattern, archiveWord } from "../patterns.js";
import { isCaps, LEADING_DASH, nfc, withoutTrailingPunctuation } from "../text.js";

/** R-KG-1: a công văn has a Kính gửi block. */
export function kinhGuiPresent(ctx: ModelContext): Finding[] {
  const { doc, profile } = ctx;
  if (!isCongVan(doc.kind) || (doc.kinhGui?.length ?? 0) > 0) return [];
  return [
    ctx.finding("R-KG-1", {
      path: "kinhGui",
      message: { vi: `Công văn phải có phần "${profile.kinhGui.label}"`, en: `A công văn has a "${profile.kinhGui.label}" block` },
      expected: `${profile.kinhGui.label} …`,
      actual: "",
      fix: "Thêm danh sách nơi được kính gửi (kinhGui).",
    }),
  ];
}

/** A name as the model wants it: no list dash before, no line punctuation after. */
function bareName(name: string): string {
  return withoutTrailingPunctuation(name.replace(LEADING_DASH, "")).trim();
}

/** R-KG-2 on the model: Kính gửi items carry no dash or line punctuation of their own (the writer adds them). */
export function kinhGuiItemsBare(ctx: ModelContext): Finding[] {
  const cfg = ctx.profile.kinhGui;
  return (ctx.doc.kinhGui ?? []).flatMap((item, i) => {
    const bare = bareName(item);
    if (bare === item.trim()) return [];
    return [
      ctx.finding("R-KG-2", {
        path: `kinhGui[${i}]`,
        message: {
          vi: `Tên nơi nhận không tự mang dấu "${cfg.itemPrefix.trim()}" hay "${cfg.separator}"/"${cfg.last}"; trình kết xuất tự thêm`,
          en: `A Kính gửi name carries no "${cfg.itemPrefix.trim()}" or "${cfg.separator}"/"${cfg.last}" of its own; the writer adds them`,
        },
        expected: bare,
        actual: item,
        fix: `Ghi "${bare}".`,
      }),
    ];
  });
}

interface NamedRecipient {
  recipient: Recipient;
  path: string;
}

function isGroup(item: Recipient | RecipientGroup): item is RecipientGroup {
  return "items" in item;
}

function flatRecipients(ctx: ModelContext): NamedRecipient[] {
  return ctx.doc.recipients.items.flatMap((item, i) =>
    isGroup(item)
      ? item.items.map((recipient, j) => ({ recipient, path: `recipients.items[${i}].items[${j}]` }))
      : [{ recipient: item, path: `recipients.items[${i}]` }],
  );
}

function namesBare(ctx: ModelContext, rule: RuleId): Finding[] {
  const cfg = ctx.profile.recipients;
  const out: Finding[] = [];
  for (const { recipient, path } of flatRecipients(ctx)) {
    const fields: [string, string | undefined][] = [
      ["name", recipient.name],
      ["note", recipient.note],
    ];
    for (const [field, value] of fields) {
      if (value === undefined) continue;
      const bare = bareName(value);
      if (bare === value.trim()) continue;
      out.push(
        ctx.finding(rule, {
          path: `${path}.${field}`,
          message: {
            vi: `Nơi nhận không tự mang dấu "${cfg.itemPrefix.trim()}" hay "${cfg.separator}"; trình kết xuất tự thêm`,
            en: `A recipient carries no "${cfg.itemPrefix.trim()}" or "${cfg.separator}" of its own; the writer adds them`,
          },
          expected: bare,
          actual: value,
          fix: `Ghi "${bare}".`,
        }),
      );
    }
  }
  return out;
}

/** R-RCPT-2 on the model: recipient names and notes carry no dash or ";" (the writer adds them). */
export function recipientNamesBare(ctx: ModelContext): Finding[] {
  return namesBare(ctx, "R-RCPT-2");
}

/** P-RCPT-1 on the model: as R-RCPT-2, for the Party's "," lines. */
export function partyRecipientNamesBare(ctx: ModelContext): Finding[] {
  return namesBare(ctx, "P-RCPT-1");
}

/** A note in parentheses at the end of a name, possibly after the line's punctuation: "X; (b/c)". */
const NOTE_IN_NAME = /^(.*?)(?<!\s)\s*(?:[;,.]\s*)?\(([^()]+)\)\s*[;,.]*$/u;

/** R-RCPT-3 on the model: a note such as "(b/c)" belongs in `note`, not in the name. */
export function recipientNoteSeparate(ctx: ModelContext): Finding[] {
  return flatRecipients(ctx).flatMap(({ recipient, path }) => {
    const m = NOTE_IN_NAME.exec(recipient.name);
    if (!m) return [];
    const name = m[1]!.trim();
    const note = m[2]!.trim();
    // "(LĐLĐ)", "(UBND)": an abbreviation in capitals is part of the name, not a note.
    if (isCaps(note) && /\p{L}/u.test(note)) return [];
    return [
      ctx.finding("R-RCPT-3", {
        path: `${path}.name`,
        message: {
          vi: "Ghi chú của nơi nhận (như b/c) ghi ở trường note; trình kết xuất đặt nó trước dấu chấm phẩy",
          en: "A recipient's note (such as b/c) goes in `note`; the writer prints it before the semicolon",
        },
        expected: JSON.stringify({ name, note }),
        actual: recipient.name,
        fix: `Tách thành name "${name}" và note "${note}".`,
      }),
    ];
  });
}

/** R-RCPT-4 on the model: with a Kính gửi block, the first recipient is "Như trên". */
export function firstRecipientAsAbove(ctx: ModelContext): Finding[] {
  if (!ctx.doc.kinhGui?.length) return [];
  const first = flatRecipients(ctx)[0];
  const wanted = ctx.terms.asAbove;
  if (first && nfc(bareName(first.recipient.name)) === wanted) return [];
  return [
    ctx.finding("R-RCPT-4", {
      path: first ? `${first.path}.name` : "recipients.items",
      message: {
        vi: `Văn bản có phần Kính gửi thì nơi nhận đầu tiên là "${wanted}"`,
        en: `With a Kính gửi block, the first recipient is "${wanted}"`,
      },
      expected: wanted,
      actual: first?.recipient.name ?? "",
      fix: first ? `Thay "${first.recipient.name}" bằng "${wanted}".` : `Thêm nơi nhận đầu tiên "${wanted}".`,
    }),
  ];
}

function archiveUnits(ctx: ModelContext, rule: RuleId): Finding[] {
  const { profile } = ctx;
  const r = profile.recipients;
  const archive = ctx.doc.recipients.archive;
  const word = archiveWord(profile);
  const out: Finding[] = [];
  archive.units.forEach((unit, i) => {
    const trimmed = unit.trim();
    const bad = /[,;.:]/u.test(trimmed) || trimmed.toLocaleLowerCase("vi").startsWith(word.toLocaleLowerCase("vi"));
    if (!bad) return;
    const parts = trimmed
      .replace(new RegExp(`^${word}\\s*:?\\s*`, "iu"), "")
      .split(/(?:(?<!\s)\s+)?[,;]\s*/u)
      .map((p) => p.replace(/[.:]+$/u, "").trim())
      .filter((p) => p && !r.archiveFixed.includes(p));
    out.push(
      ctx.finding(rule, {
        path: `recipients.archive.units[${i}]`,
        message: {
          vi: `Mỗi đơn vị lưu là một mục, không kèm "${word}", dấu phẩy hay dấu chấm`,
          en: `Each archive unit is one entry, without "${word}", commas or a full stop`,
        },
        expected: JSON.stringify(parts),
        actual: unit,
        fix: `Tách thành các mục ${JSON.stringify(parts)}.`,
      }),
    );
  });
  const line = archiveLine(r.itemPrefix, r.archiveLabel, r.archiveFixed, archive.units, archive.drafter, archive.copies);
  if (out.length === 0 && !archiveLinePattern(profile).test(line)) {
    out.push(
      ctx.finding(rule, {
        path: "recipients.archive",
        message: { vi: "Dòng lưu văn bản không đúng dạng", en: "The archive line does not follow the regulation's form" },
        expected: archiveLinePattern(profile).source,
        actual: line,
        fix: "Sửa các đơn vị lưu (units), người soạn thảo và số bản.",
      }),
    );
  }
  return out;
}

/** R-RCPT-5 on the model: the archive units print as "- Lưu: VT, UNIT." */
export function archiveLineForm(ctx: ModelContext): Finding[] {
  return archiveUnits(ctx, "R-RCPT-5");
}

/** P-RCPT-2 on the model: the Party archive units print as "- Lưu UNIT." */
export function partyArchiveLineForm(ctx: ModelContext): Finding[] {
  return archiveUnits(ctx, "P-RCPT-2");
}
