/** One word of Tesseract's TSV output: its box in pixels, its confidence (0–100) and its line. */
export interface OcrWord {
  text: string;
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Block, paragraph and line numbers joined: the words of one line of Tesseract's share it. */
  line: string;
}

/** The line boxes of the TSV (level 4), by the same key as OcrWord.line. */
export interface OcrLine {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Tesseract's TSV ("level page block par line word left top width height conf text"), read in
 * one pass: the words with text, and the boxes of their lines. Rows that do not parse are skipped.
 */
export function parseTsv(tsv: string): { words: OcrWord[]; lines: Map<string, OcrLine> } {
  const words: OcrWord[] = [];
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split("\n")) {
    const cells = row.split("\t");
    if (cells.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = cells.slice(0, 11).map(Number);
    if (![level, left, top, width, height, conf].every(Number.isFinite)) continue;
    const key = `${block}.${par}.${line}`;
    if (level === 4) lines.set(key, { left: left!, top: top!, width: width!, height: height! });
    const text = cells.slice(11).join("\t").normalize("NFC").trim();
    if (level === 5 && text !== "") words.push({ text, conf: conf!, left: left!, top: top!, width: width!, height: height!, line: key });
  }
  return { words, lines };
}
