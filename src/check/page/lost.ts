import type { Printed, PrintedBlock, PrintedText } from "../../realize/printed.js";
import { allLines, detail, find, textOf, type PageContext } from "./context.js";

const folded = (s: string): string => s.replace(/\s+/gu, "");

function blockTexts(blocks: PrintedBlock[]): PrintedText[] {
  return blocks.flatMap((b) => (b.type === "table" ? b.rows.flat() : [b.text]));
}

/** Every text the page must show, in reading order, with the text each must show. */
export function expectedTexts(p: Printed): { source: string; text: string; group: string }[] {
  const out: { source: string; text: string; group: string }[] = [];
  // The signature block reads beside Nơi nhận, not after it: its order is judged on its own.
  let group = "text";
  const add = (t: PrintedText | undefined, prefix = "") => {
    if (t && t.source !== "generated") out.push({ source: t.source, text: prefix + t.runs.map((r) => r.text).join(""), group });
  };
  const h = p.header;
  h.superior.forEach((t) => add(t));
  h.issuer.forEach((t) => add(t));
  add(h.number);
  add(h.date);
  add(h.vv);
  h.stamps.forEach((s) => add(s.text));
  add(p.title?.kind);
  add(p.title?.subject);
  add(p.authority);
  if (p.kinhGui) {
    const single = p.kinhGui.items.length === 1 && p.kinhGui.firstOnLabelLine;
    p.kinhGui.items.forEach((t) => add(t, single ? `${p.kinhGui!.label.runs.map((r) => r.text).join("")} ` : ""));
  }
  blockTexts(p.body).forEach((t) => add(t));
  const c = p.closing;
  for (const r of c.recipients) {
    if (r.kind === "line") add(r.text);
    else {
      r.lines.forEach((t) => add(t));
      add(r.note);
    }
  }
  add(c.archive);
  group = "signature";
  c.signatureLines.forEach((t) => add(t));
  add(c.name);
  group = "footer";
  p.footer.forEach((t) => add(t));
  group = "annexes";
  for (const a of p.annexes) {
    add(a.label);
    add(a.title);
    add(a.attached);
    blockTexts(a.body).forEach((t) => add(t));
  }
  return out;
}

/**
 * L-LOST-1: every string of the input is on the pages exactly once and in order: the lines of
 * each source, read in page order, give its text (white space aside), and sources come in order.
 */
export function lostText(ctx: PageContext) {
  const seen = new Map<string, string[]>();
  const order = new Map<string, number>();
  for (const { line } of allLines(ctx.pages)) {
    if (line.source === "generated" || line.role === "tableHeaderRepeat") continue;
    let parts = seen.get(line.source);
    if (!parts) {
      seen.set(line.source, (parts = []));
      order.set(line.source, order.size);
    }
    parts.push(textOf(line));
  }
  const out = [];
  const last = new Map<string, [number, string]>();
  for (const { source, text, group } of expectedTexts(ctx.printed)) {
    const want = folded(text);
    const got = folded((seen.get(source) ?? []).join(""));
    if (want !== got) {
      out.push(...find(ctx, "L-LOST-1", detail(source, "chữ trên trang khác với văn bản", "the text on the page differs from the document", text.slice(0, 200), (seen.get(source) ?? []).join(" ").slice(0, 200), "Báo lỗi cho nhóm phát triển vanban")));
      continue;
    }
    if (!want) continue;
    const at = order.get(source)!;
    const [before, beforeSource] = last.get(group) ?? [-1, ""];
    if (at < before) out.push(...find(ctx, "L-LOST-1", detail(source, "sai thứ tự trên trang", "out of order on the page", "in order", `after ${beforeSource}`, "Báo lỗi cho nhóm phát triển vanban")));
    else last.set(group, [at, source]);
  }
  return out;
}
