import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import { labelWord } from "../patterns.js";
import { escapeRegExp, LEADING_DASH, withoutTrailingPunctuation } from "../text.js";
import { at, isTypedText, writtenList, type WrittenLine } from "./lines.js";

interface KinhGuiReading {
  label: WrittenLine;
  /** What follows the label word on its own line ("- Liên đoàn …" or ""), and whether its colon is there. */
  colon: boolean;
  items: { text: string; at: WrittenLine; onLabelLine: boolean }[];
}

function readKinhGui(ctx: SourceContext): KinhGuiReading | undefined {
  const lines = writtenList(ctx.source.kinhGui, "source.kinhGui");
  const first = lines[0];
  if (!first) return undefined;
  const word = labelWord(ctx.profile.kinhGui.label);
  const m = new RegExp(`^${escapeRegExp(word)}\\s*(:?)\\s*(.*)$`, "iu").exec(first.text);
  const items = lines.slice(1).map((l) => ({ text: l.text, at: l, onLabelLine: false }));
  if (!m) return { label: first, colon: false, items: [{ text: first.text, at: first, onLabelLine: false }, ...items] };
  const rest = m[2]!.trim();
  return { label: first, colon: m[1] === ":", items: rest ? [{ text: rest, at: first, onLabelLine: true }, ...items] : items };
}

/** R-KG-1: a công văn has a "Kính gửi:" block, the label with its colon. */
export function kinhGuiLabel(ctx: SourceContext): Finding[] {
  const label = ctx.profile.kinhGui.label;
  const read = readKinhGui(ctx);
  if (!read) {
    if (isTypedText(ctx.source)) return [];
    return [
      ctx.finding("R-KG-1", {
        path: "source.kinhGui",
        message: { vi: `Công văn phải có phần "${label}"`, en: `A công văn has a "${label}" block` },
        expected: `${label} …`,
        actual: "",
        fix: `Thêm "${label}" và các nơi được kính gửi dưới phần trích yếu.`,
      }),
    ];
  }
  if (read.colon && read.label.text.startsWith(labelWord(label))) return [];
  const rest = read.items[0]?.onLabelLine ? ` ${read.items[0].text}` : "";
  return [
    ctx.finding("R-KG-1", {
      ...at(read.label),
      message: { vi: `Ghi "${label}" (có dấu hai chấm)`, en: `Write "${label}", with its colon` },
      expected: `${label}${rest}`,
      actual: read.label.text,
      fix: `Sửa thành "${label}${rest}".`,
    }),
  ];
}

/** R-KG-2: with 2 or more recipients, each line starts with "- ", ends with ";", and the last with ".". */
export function kinhGuiPunctuation(ctx: SourceContext): Finding[] {
  const cfg = ctx.profile.kinhGui;
  const read = readKinhGui(ctx);
  if (!read || read.items.length < 2) return [];
  return read.items.flatMap((item, i) => {
    const isLast = i === read.items.length - 1;
    const end = isLast ? cfg.last : cfg.separator;
    const bare = withoutTrailingPunctuation(item.text.replace(LEADING_DASH, ""));
    const expected = `${cfg.itemPrefix}${bare}${end}`;
    if (item.text === expected) return [];
    const dash = item.text.startsWith(cfg.itemPrefix);
    return [
      ctx.finding("R-KG-2", {
        ...at(item.at),
        message: !dash
          ? { vi: `Mỗi nơi được kính gửi bắt đầu bằng "${cfg.itemPrefix}"`, en: `Each Kính gửi line starts with "${cfg.itemPrefix}"` }
          : isLast
            ? { vi: `Nơi được kính gửi cuối cùng kết thúc bằng "${cfg.last}"`, en: `The last Kính gửi line ends with "${cfg.last}"` }
            : { vi: `Mỗi nơi được kính gửi (trừ dòng cuối) kết thúc bằng "${cfg.separator}"`, en: `Each Kính gửi line but the last ends with "${cfg.separator}"` },
        expected,
        actual: item.text,
        fix: `Sửa thành "${expected}".`,
      }),
    ];
  });
}

/** R-KG-3: several recipients start on a new line under "Kính gửi:" (unless the profile allows the first on it); one stays on the label line. */
export function kinhGuiLayout(ctx: SourceContext): Finding[] {
  const cfg = ctx.profile.kinhGui;
  const read = readKinhGui(ctx);
  if (!read || read.items.length === 0) return [];
  const first = read.items[0]!;
  if (read.items.length >= 2 && first.onLabelLine && !cfg.firstOnLabelLine) {
    return [
      ctx.finding("R-KG-3", {
        ...at(first.at),
        message: {
          vi: `Có từ 2 nơi được kính gửi trở lên thì xuống dòng sau "${cfg.label}", các gạch đầu dòng thẳng hàng`,
          en: `With 2 or more recipients, break the line after "${cfg.label}" and align the dashes`,
        },
        expected: cfg.label,
        actual: first.at.text,
        fix: `Để "${cfg.label}" một mình một dòng, mỗi nơi nhận một dòng bên dưới.`,
      }),
    ];
  }
  if (read.items.length === 1 && !first.onLabelLine) {
    const expected = `${cfg.label} ${withoutTrailingPunctuation(first.text.replace(LEADING_DASH, ""))}${cfg.last}`;
    return [
      ctx.finding("R-KG-3", {
        ...at(first.at),
        message: { vi: `Một nơi được kính gửi thì ghi cùng dòng với "${cfg.label}"`, en: `A single recipient stands on the "${cfg.label}" line` },
        expected,
        actual: first.text,
        fix: `Sửa thành "${expected}".`,
      }),
    ];
  }
  return [];
}
