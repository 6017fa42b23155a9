// What a document may hold before it is validated at all (issue 14): so many blocks, so long a
// field, no control characters. Checked on the raw data, whatever its shape, in one linear walk,
// so that a million blocks are refused before the schema looks at any of them.
import { formatCount, type Limits } from "../limits.js";
import { formatPath, type DocumentIssue } from "./errors.js";

/** NUL and the C0 controls; tab, line feed and carriage return (a Windows line end) are text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u;
/** Enough to fix a document in one pass; the walk stops collecting after these. */
const MAX_COLLECTED = 1000;

/** A node of the walk: its value, and where it is (its parent's index and its key), for a path. */
interface Node {
  value: unknown;
  parent: number;
  key: PropertyKey;
}

function pathOf(nodes: readonly Node[], at: number): string {
  const path: PropertyKey[] = [];
  for (let i = at; i > 0; i = nodes[i]!.parent) path.push(nodes[i]!.key);
  return formatPath(path.reverse());
}

function blocksIssue(blocks: number, limits: Limits): DocumentIssue {
  const n = formatCount(blocks);
  const max = formatCount(limits.maxBlocks);
  return {
    path: "body",
    vi: `văn bản có ${n} khối (kể cả hàng của bảng), vượt giới hạn ${max} (maxBlocks): chia thành nhiều văn bản hoặc nâng giới hạn`,
    en: `the document has ${n} blocks (table rows included), over the limit of ${max} (maxBlocks): split it or raise the limit`,
  };
}

function stringIssues(value: string, path: () => string, limits: Limits, issues: DocumentIssue[]): void {
  if (value.length > limits.maxFieldLength) {
    const n = formatCount(value.length);
    const max = formatCount(limits.maxFieldLength);
    issues.push({
      path: path(),
      vi: `dài ${n} ký tự, vượt giới hạn ${max} (maxFieldLength): rút gọn hoặc chia thành nhiều đoạn`,
      en: `${n} characters long, over the limit of ${max} (maxFieldLength): shorten it or split it into paragraphs`,
    });
  }
  const control = CONTROL.exec(value);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    issues.push({
      path: path(),
      vi: `có ký tự điều khiển ${code} ở vị trí ${control.index + 1}: xóa ký tự đó`,
      en: `holds the control character ${code} at position ${control.index + 1}: remove it`,
    });
  }
}

/**
 * The issues of a document's size and characters, in one walk of the data (breadth first).
 * `blocking` when there are too many blocks: the schema is then not run at all.
 */
export function boundsIssues(input: unknown, limits: Limits): { issues: DocumentIssue[]; blocking: boolean } {
  const issues: DocumentIssue[] = [];
  const nodes: Node[] = [{ value: input, parent: -1, key: "" }];
  let blocks = 0;
  for (let at = 0; at < nodes.length; at++) {
    const { value, key } = nodes[at]!;
    if (typeof value === "string") {
      if (issues.length < MAX_COLLECTED) stringIssues(value, () => pathOf(nodes, at), limits, issues);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      // Blocks live in "body" lists (the document's, an annex's), rows in a table's "rows";
      // the issuer's "body" holds lines of text, not blocks.
      const holdsBlocks = key === "body" || key === "rows";
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (holdsBlocks && child !== null && typeof child === "object" && ++blocks > limits.maxBlocks) {
          return { issues: [blocksIssue(countBlocks(input), limits)], blocking: true };
        }
        nodes.push({ value: child, parent: at, key: i });
      }
    } else {
      for (const k in value) nodes.push({ value: (value as Record<string, unknown>)[k], parent: at, key: k });
    }
  }
  return { issues, blocking: false };
}

/** All the blocks, for the message (the walk stops at the limit). */
function countBlocks(input: unknown): number {
  let blocks = 0;
  const stack: [unknown, PropertyKey][] = [[input, ""]];
  while (stack.length) {
    const [value, key] = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      const holdsBlocks = key === "body" || key === "rows";
      for (const child of value as unknown[]) {
        if (child !== null && typeof child === "object") {
          if (holdsBlocks) blocks++;
          stack.push([child, ""]);
        }
      }
    } else for (const k in value) stack.push([(value as Record<string, unknown>)[k], k]);
  }
  return blocks;
}
