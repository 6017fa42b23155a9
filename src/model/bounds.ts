// What a document may hold before it is validated at all (issue 14): so many blocks, so long a
// field, no control characters. Checked on the raw data, whatever its shape, in one linear walk,
// so that a million blocks are refused before the schema looks at any of them.
import { formatCount, type Limits } from "../limits.js";
import { formatPath, type DocumentIssue } from "./errors.js";

/** NUL and the C0 controls; tab, line feed and carriage return (a Windows line end) are text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u;
/** Enough to fix a document in one pass; the walk stops collecting after these. */
const MAX_COLLECTED = 1000;

function blockCount(input: unknown): number {
  let blocks = 0;
  const stack: unknown[] = [input];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    for (const [key, child] of Object.entries(value)) {
      // Blocks live in "body" lists (the document's, an annex's), rows in a table's "rows";
      // the issuer's "body" holds lines of text, not blocks.
      if (Array.isArray(child) && (key === "body" || key === "rows")) {
        for (const item of child as unknown[]) if (item !== null && typeof item === "object") blocks++;
      }
      if (child !== null && typeof child === "object") stack.push(child);
    }
  }
  return blocks;
}

/**
 * The issues of a document's size and characters. `blocking` when there are too many blocks:
 * the schema is then not run at all.
 */
export function boundsIssues(input: unknown, limits: Limits): { issues: DocumentIssue[]; blocking: boolean } {
  const blocks = blockCount(input);
  if (blocks > limits.maxBlocks) {
    const n = formatCount(blocks);
    const max = formatCount(limits.maxBlocks);
    return {
      blocking: true,
      issues: [
        {
          path: "body",
          vi: `văn bản có ${n} khối (kể cả hàng của bảng), vượt giới hạn ${max} (maxBlocks): chia thành nhiều văn bản hoặc nâng giới hạn`,
          en: `the document has ${n} blocks (table rows included), over the limit of ${max} (maxBlocks): split it or raise the limit`,
        },
      ],
    };
  }
  const issues: DocumentIssue[] = [];
  const stack: [unknown, PropertyKey[]][] = [[input, []]];
  while (stack.length && issues.length < MAX_COLLECTED) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (value.length > limits.maxFieldLength) {
        const n = formatCount(value.length);
        const max = formatCount(limits.maxFieldLength);
        issues.push({
          path: formatPath(path),
          vi: `dài ${n} ký tự, vượt giới hạn ${max} (maxFieldLength): rút gọn hoặc chia thành nhiều đoạn`,
          en: `${n} characters long, over the limit of ${max} (maxFieldLength): shorten it or split it into paragraphs`,
        });
      }
      const control = CONTROL.exec(value);
      if (control) {
        const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        issues.push({
          path: formatPath(path),
          vi: `có ký tự điều khiển ${code} ở vị trí ${control.index + 1}: xóa ký tự đó`,
          en: `holds the control character ${code} at position ${control.index + 1}: remove it`,
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value).reverse()) stack.push([child, [...path, key]]);
    }
  }
  return { issues, blocking: false };
}
