import type { Run } from "../model/document.js";

/**
 * Markdown-style emphasis in one line of text: **bold**, *italic*, ***both***. Unbalanced
 * markers are kept as literal text, so nothing the author wrote is lost.
 */
export function parseEmphasis(line: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of emphasisSpans(line)) {
    if (m.start > last) runs.push({ text: line.slice(last, m.start) });
    const run: Run = { text: line.slice(m.start + m.mark, m.end - m.mark) };
    if (m.mark >= 2) run.bold = true;
    if (m.mark !== 2) run.italic = true;
    runs.push(run);
    last = m.end;
  }
  if (last < line.length) runs.push({ text: line.slice(last) });
  return mergeRuns(runs);
}

const WHITE = /\s/u;
/** \s, with the common characters decided without a regular expression (a 1 MB line is read char by char). */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code > 0x20 && code < 0x7f) return false;
  return WHITE.test(c);
}

/**
 * The spans /(\*\*\*|\*\*|\*)(?=\S)([\s\S]*?\S)\1(?!\*)/gu would match, found in linear time
 * (issue 14): the expression scans to the line's end from every unclosed "*", quadratic on a
 * line of many. For each marker length the closing positions are listed once (a marker after a
 * non-space and not followed by another "*"), and the first one past each opening is found by
 * a pointer that only moves forward.
 */
const MARKS = ["", "*", "**", "***"];

function* emphasisSpans(line: string): Generator<{ start: number; end: number; mark: number }> {
  const closers: number[][] = [[], [], [], []];
  for (let q = line.indexOf("*", 1); q >= 0; q = line.indexOf("*", q + 1)) {
    if (isSpace(line[q - 1])) continue;
    for (let mark = 1; mark <= 3; mark++) {
      if (line[q + mark - 1] !== "*") break;
      if (line[q + mark] !== "*") closers[mark]!.push(q);
    }
  }
  const next = [0, 0, 0, 0];
  for (let p = line.indexOf("*"); p >= 0; p = line.indexOf("*", p + 1)) {
    for (let mark = 3; mark >= 1; mark--) {
      if (!line.startsWith(MARKS[mark]!, p)) continue;
      const body = p + mark;
      if (body >= line.length || isSpace(line[body])) continue;
      const list = closers[mark]!;
      let i = next[mark]!;
      while (i < list.length && list[i]! < body + 1) i++;
      next[mark] = i;
      if (i === list.length) continue;
      const end = list[i]! + mark;
      yield { start: p, end, mark };
      p = end - 1;
      break;
    }
  }
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
