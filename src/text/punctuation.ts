/** A recipient line: "- Tổng LĐLĐ Việt Nam (b/c);" — the note goes before the punctuation (R-RCPT-3). */
export function recipientLine(prefix: string, name: string, note: string | undefined, end: string): string {
  const cleaned = stripTrailing(name.trim(), ";,.");
  const withNote = note && note.trim() ? `${cleaned} (${stripParens(note.trim())})` : cleaned;
  return `${prefix}${withNote}${end}`;
}

/** Line-end punctuation for the i-th of n lines: separator, and `last` on the final one. */
export function lineEnd(index: number, count: number, separator: string, last: string): string {
  return index === count - 1 ? last : separator;
}

/** The archive line: "- Lưu: VT, CSPL&QHLĐ." (state, union) or "- Lưu VPTU." (party). */
export function archiveLine(
  prefix: string,
  label: string,
  fixed: readonly string[],
  units: readonly string[],
  drafter?: string,
  copies?: number,
): string {
  const parts = [...fixed, ...units.filter((u) => !fixed.includes(u.trim())).map((u) => u.trim())];
  if (drafter) parts.push(copies ? `${drafter}(${String(copies).padStart(2, "0")})` : drafter);
  else if (copies) parts.push(`(${String(copies).padStart(2, "0")})`);
  return `${prefix}${label}${parts.join(", ")}.`;
}

/** Appends the end mark: "…thực hiện." becomes "…thực hiện./." (spec §7.2). */
export function withEndMark(text: string, mark: string): string {
  if (!mark) return text;
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(mark)) return trimmed;
  if (mark.startsWith(".") && /[.;,:]$/.test(trimmed)) return trimmed.slice(0, -1) + mark;
  return trimmed + mark;
}

export function stripTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end).trimEnd();
}

function stripParens(s: string): string {
  return s.startsWith("(") && s.endsWith(")") ? s.slice(1, -1).trim() : s;
}
