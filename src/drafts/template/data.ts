import type { z } from "zod";
import { describeIssue, formatPath } from "../../model/errors.js";
import { DraftError, type DraftIssue } from "../errors.js";
import { isForbiddenName } from "./forbidden.js";

/** JSON-like data: what a .data.json file can hold. */
export type DataValue = null | boolean | number | string | DataValue[] | { [key: string]: DataValue };

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A fresh copy of the data holding only JSON values, as plain objects: keys that name
 * prototype properties ("__proto__", "constructor", …) are dropped, and anything else
 * (functions, class instances, cycles, NaN) is refused, so a template only ever sees data.
 */
export function cleanData(input: unknown): DataValue {
  const issues: DraftIssue[] = [];
  const seen = new Set<object>();
  const copy = (value: unknown, path: PropertyKey[]): DataValue => {
    if (value === null || typeof value === "boolean" || typeof value === "string") return value;
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
    } else if (typeof value === "object" && (Array.isArray(value) || isPlainObject(value))) {
      if (seen.has(value)) {
        issues.push({ path: formatPath(path), vi: "dữ liệu vòng lặp", en: "the data refers to itself (a cycle)" });
        return null;
      }
      seen.add(value);
      let out: DataValue;
      if (Array.isArray(value)) {
        out = value.map((v, i) => copy(v, [...path, i]));
      } else {
        const obj: { [key: string]: DataValue } = {};
        for (const [key, v] of Object.entries(value)) {
          if (isForbiddenName(key) || v === undefined) continue;
          obj[key] = copy(v, [...path, key]);
        }
        out = obj;
      }
      seen.delete(value);
      return out;
    }
    issues.push({
      path: formatPath(path),
      vi: `chỉ nhận giá trị JSON (chuỗi, số, true/false, null, danh sách, đối tượng); nhận ${typeof value}`,
      en: `only JSON values are accepted (text, numbers, booleans, null, lists, objects); got ${typeof value}`,
    });
    return null;
  };
  const data = copy(input, []);
  if (issues.length) throw new DraftError("data", issues);
  return data;
}

function describe(issue: z.core.$ZodIssue): { vi: string; en: string } {
  if (issue.code === "invalid_type" && (!("input" in issue) || issue.input === undefined)) {
    return { vi: "thiếu trường bắt buộc", en: "required field is missing" };
  }
  if (issue.code === "invalid_type" && String(issue.expected) === "int") {
    return { vi: "cần số nguyên", en: "expected an integer" };
  }
  if (issue.code === "invalid_format") {
    if (issue.format === "date") return { vi: "ngày phải có dạng YYYY-MM-DD và có thật", en: "expected a real date YYYY-MM-DD" };
    if (issue.format === "regex" && "pattern" in issue) {
      return { vi: `không đúng mẫu ${String(issue.pattern)}`, en: `does not match the pattern ${String(issue.pattern)}` };
    }
  }
  return describeIssue(issue);
}

/** Validates the data against the template's schema; one DraftError naming every bad field. */
export function validateData(data: DataValue, schema: z.ZodType): DataValue {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return cleanData(result.data);
  throw new DraftError(
    "data",
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), ...describe(issue) })),
  );
}
