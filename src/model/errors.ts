import type { z } from "zod";
import { DEFAULT_LIMITS, formatCount } from "../limits.js";

/** One problem with a document: where it is, and what to do, in Vietnamese and English. */
export interface DocumentIssue {
  path: string;
  vi: string;
  en: string;
}

/** The one error type for invalid documents. It carries every issue found, not just the first. */
export class DocumentError extends Error {
  readonly issues: DocumentIssue[];
  /** The message lists the first `maxListed` issues (src/limits.ts); `issues` holds them all. */
  constructor(issues: DocumentIssue[], context = "document", maxListed = DEFAULT_LIMITS.maxIssuesListed) {
    const lines = listedIssues(issues, maxListed, (i) => `  - ${i.path}: ${i.vi} / ${i.en}`);
    super(`Văn bản không hợp lệ / invalid ${context} (${issues.length}):\n${lines.join("\n")}`);
    this.name = "DocumentError";
    this.issues = issues;
  }
}

/** The first `max` issues as lines, then "… and 12,345 more" (one slip once listed 999,999). */
export function listedIssues<T>(issues: readonly T[], max: number, line: (issue: T) => string): string[] {
  const lines = issues.slice(0, max).map(line);
  const more = issues.length - lines.length;
  if (more > 0) lines.push(`  … và ${formatCount(more)} lỗi khác / … and ${formatCount(more)} more`);
  return lines;
}

/** Renders a zod path as `body[3].content`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(document)";
}

const CUSTOM: Record<string, [vi: string, en: string]> = {
  empty: ["không được để trống", "must not be empty"],
  "iso-date-format": ["ngày phải có dạng YYYY-MM-DD", "expected an ISO date YYYY-MM-DD"],
  "calendar-date": ["ngày không có thật trong lịch", "not a real calendar date"],
  "symbol-part": [
    "ký hiệu chỉ gồm chữ, số, & và dấu - , không có khoảng trắng",
    "a symbol part holds letters, digits, & and -, with no spaces",
  ],
  "profile-id": [
    "mã hồ sơ chỉ gồm chữ thường, số và dấu - (vd. union, party-2026)",
    "a profile id holds lower-case letters, digits and - (e.g. union, party-2026)",
  ],
  "number-suffix": ["hậu tố số là một chữ thường (a-z)", "a number suffix is one lower-case letter"],
  "before-state": [
    "ngày trước 02/9/1945, khi Nhà nước ra đời: kiểm tra lại năm",
    "a date before 2 September 1945, when the state was founded: check the year",
  ],
};

function describeExpected(expected: string): [string, string] {
  const vi: Record<string, string> = {
    string: "chuỗi văn bản",
    number: "số",
    boolean: "true/false",
    object: "đối tượng",
    int: "số nguyên",
    array: "danh sách",
    null: "null",
  };
  const en: Record<string, string> = { int: "an integer" };
  return [vi[expected] ?? expected, en[expected] ?? expected];
}

/** Turns one zod issue into a bilingual message a person can act on. */
export function describeIssue(issue: z.core.$ZodIssue): { vi: string; en: string } {
  // Issues are parsed with reportInput, so an undefined input means the field is absent.
  if ("input" in issue && issue.input === undefined && issue.code !== "unrecognized_keys") {
    return { vi: "thiếu trường bắt buộc", en: "required field is missing" };
  }
  switch (issue.code) {
    case "invalid_type": {
      const [vi, en] = describeExpected(String(issue.expected));
      return { vi: `cần ${vi}`, en: `expected ${en}` };
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { vi: `giá trị không hợp lệ; chỉ nhận: ${allowed}`, en: `invalid value; expected one of: ${allowed}` };
    }
    case "invalid_union": {
      if (issue.discriminator) {
        const options = "options" in issue ? (issue.options ?? []) : [];
        const allowed = options.map((v) => JSON.stringify(v)).join(", ");
        return {
          vi: `không phải loại hợp lệ; trường "${String(issue.discriminator)}" phải là: ${allowed}`,
          en: `not a valid kind of item; "${String(issue.discriminator)}" must be one of: ${allowed}`,
        };
      }
      return { vi: "không đúng dạng nào được phép", en: "does not match any allowed shape" };
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "array") return { vi: `cần ít nhất ${min} phần tử`, en: `needs at least ${min} item(s)` };
      if (issue.origin === "string") return { vi: "không được để trống", en: "must not be empty" };
      return { vi: `phải ${issue.inclusive ? "≥" : ">"} ${min}`, en: `must be ${issue.inclusive ? ">=" : ">"} ${min}` };
    }
    case "too_big": {
      const max = String(issue.maximum);
      return { vi: `phải ≤ ${max}`, en: `must be <= ${max}` };
    }
    case "unrecognized_keys":
      return {
        vi: `trường không được phép: ${issue.keys.join(", ")}`,
        en: `unknown field(s): ${issue.keys.join(", ")}`,
      };
    case "invalid_format":
    case "custom": {
      const known = CUSTOM[issue.message];
      if (known) return { vi: known[0], en: known[1] };
      return { vi: issue.message, en: issue.message };
    }
    default:
      return { vi: issue.message, en: issue.message };
  }
}

export function issuesFromZod(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), ...describeIssue(issue) }));
}
