import type { Finding } from "./finding.js";

/** The region of the page a path points at, the same for a model path and a source path. */
function regionOf(path: string): string {
  const p = path.replace(/^source\./u, "");
  if (/^(numberLine|number|numberSuffix|symbol)\b/u.test(p)) return "number";
  if (/^(dateLine|date|place)\b/u.test(p)) return "date";
  if (/^(kindLine|subjectLines|subject)\b/u.test(p)) return "subject";
  if (/^kinhGui\b/u.test(p)) return "kinhGui";
  if (/^recipients\b/u.test(p)) return "recipients";
  if (/^signature\b/u.test(p)) return "signature";
  if (/^lastBodyLine\b/u.test(p)) return "end";
  return p;
}

/**
 * Merges findings on the model and on the source lines of one imported text: when both judged
 * the same rule in the same region, the source finding (it has the line number and the text as
 * written) stands for both. Exact repeats are dropped too.
 */
export function mergeFindings(model: readonly Finding[], source: readonly Finding[]): Finding[] {
  const judged = new Set(source.map((f) => `${f.rule} ${regionOf(f.path)}`));
  const kept = model.filter((f) => !judged.has(`${f.rule} ${regionOf(f.path)}`));
  const seen = new Set<string>();
  return [...source, ...kept].filter((f) => {
    const key = `${f.rule}|${f.path}|${f.line ?? ""}|${f.actual}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
