/** The Vietnamese alphabet for lettered items: đ follows d; no f, j, w, z (spec §7.1). */
export const VIETNAMESE_ITEM_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"] as const;

const ROMAN: [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`roman numeral out of range: ${n}`);
  let out = "";
  for (const [value, glyph] of ROMAN) {
    while (n >= value) {
      out += glyph;
      n -= value;
    }
  }
  return out;
}

export function fromRoman(s: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(s)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!]!;
    const next = values[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : undefined;
}

/** The n-th (1-based) item letter: 1 → "a", 5 → "đ", 24 → "aa". */
export function itemLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`item index must be >= 1: ${n}`);
  const letters = VIETNAMESE_ITEM_LETTERS;
  let out = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % letters.length;
    out = letters[r] + out;
    k = Math.floor((k - 1) / letters.length);
  }
  return out;
}

/** The 1-based position of an item letter, or undefined for one outside the Vietnamese alphabet. */
export function itemLetterIndex(letter: string): number | undefined {
  const i = (VIETNAMESE_ITEM_LETTERS as readonly string[]).indexOf(letter.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** Counters for heading levels 1–4 that produce labels "I", "1", "1.1", "a". */
export class SectionCounter {
  private counts = [0, 0, 0, 0];

  next(level: 1 | 2 | 3 | 4): string {
    this.counts[level - 1]! += 1;
    for (let l = level; l < 4; l++) this.counts[l] = 0;
    const [c1, c2, c3, c4] = this.counts as [number, number, number, number];
    switch (level) {
      case 1:
        return toRoman(c1);
      case 2:
        return String(c2);
      case 3:
        return `${Math.max(c2, 1)}.${c3}`;
      case 4:
        return itemLetter(c4);
    }
  }

  /** Adopts an explicit label so that automatic numbering continues after it. */
  adopt(level: 1 | 2 | 3 | 4, label: string): void {
    const value =
      level === 1 ? fromRoman(label) : level === 4 ? itemLetterIndex(label) : Number(label.split(".").pop());
    if (value === undefined || !Number.isFinite(value)) return;
    if (level === 3) {
      const parent = Number(label.split(".")[0]);
      if (Number.isFinite(parent)) this.counts[1] = parent;
    }
    this.counts[level - 1] = value;
    for (let l = level; l < 4; l++) this.counts[l] = 0;
  }
}

/** The printed marker for a heading label: "I.", "1.", "1.1.", "a)" (or "I-" with "-" punctuation). */
export function headingMarker(level: 1 | 2 | 3 | 4, label: string, punctuation = "."): string {
  return level === 4 ? `${label})` : `${label}${punctuation}`;
}
