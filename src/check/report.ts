import type { Finding, Severity } from "./finding.js";

/** The findings of one checked file. */
export interface FileFindings {
  file: string;
  findings: Finding[];
}

export type Summary = Record<Severity, number> & { files: number };

export function summarize(files: readonly FileFindings[]): Summary {
  const out: Summary = { files: files.length, error: 0, warning: 0, info: 0 };
  for (const f of files) for (const finding of f.findings) out[finding.severity]++;
  return out;
}

const LABEL: Record<Severity, string> = { error: "lỗi/error", warning: "cảnh báo/warning", info: "lưu ý/info" };

function counts(s: Record<Severity, number>): string {
  return `${s.error} lỗi / errors, ${s.warning} cảnh báo / warnings, ${s.info} lưu ý / info`;
}

function formatFinding(f: Finding): string {
  const where = f.line === undefined ? f.path : `${f.path} (dòng/line ${f.line})`;
  const lines = [
    `  ${LABEL[f.severity].padEnd(16)} ${f.rule.padEnd(9)} ${where}`,
    `      ${f.message.vi}`,
    `      ${f.message.en}`,
  ];
  if (f.expected) lines.push(`      cần / expected: ${f.expected}`);
  if (f.actual) lines.push(`      có / actual:    ${f.actual}`);
  lines.push(`      sửa: ${f.fix}`);
  return lines.join("\n");
}

/** The human report: findings grouped by file, each with rule, severity, place, message, expected/actual and fix. */
export function formatReport(files: readonly FileFindings[]): string {
  const parts = files.map(({ file, findings }) => {
    const s = summarize([{ file, findings }]);
    const heading = findings.length === 0 ? `${file}: đạt / no findings` : `${file}: ${counts(s)}`;
    return [heading, ...findings.map(formatFinding)].join("\n");
  });
  const total = summarize(files);
  if (files.length > 1) parts.push(`Tổng / total (${total.files} tệp / files): ${counts(total)}`);
  return `${parts.join("\n\n")}\n`;
}
