import type { Run } from "../model/document.js";

/**
 * Markdown-style emphasis in one line of text: **bold**, *italic*, ***both***. Unbalanced
 * markers are kept as literal text, so nothing the author wrote is lost.
 */
export function parseEmphasis(line: string): Run[] {
  const runs: Run[] = [];
  const re = /(\*\*\*|\*\*|\*)(?=\S)([\s\S]*?\S)\1(?!\*)/gu;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > last) runs.push({ text: line.slice(last, m.index) });
    const mark = m[1]!;
    const run: Run = { text: m[2]! };
    if (mark.length >= 2) run.bold = true;
    if (mark.length !== 2) run.italic = true;
    runs.push(run);
    last = m.index + m[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last) });
  return mergeRuns(runs);
}

/** Joins neighbouring runs of the same style. */
export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const prev = out[out.length - 1];
    if (prev && !!prev.bold === !!r.bold && !!prev.italic === !!r.italic && !!prev.underline === !!r.underline) {
      prev.text += r.text;
    } else out.push({ ...r });
  }
  return out;
}

/** Runs as model inline content: a plain string when there is no emphasis. */
export function inlineFromRuns(runs: Run[]): string | Run[] {
  if (runs.length === 0) return "";
  if (runs.every((r) => !r.bold && !r.italic && !r.underline)) return runs.map((r) => r.text).join("");
  return runs;
}
