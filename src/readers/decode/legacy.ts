import { TCVN3_HIGH, TCVN3_LOW, TONES, VNI_SINGLE, VNI_VOWELS } from "./legacy-tables.js";

/** The legacy Vietnamese encodings vanban converts. */
export type LegacyEncoding = "tcvn3" | "vni";

// Windows-1252 puts these characters at 0x80–0x9F; text that went through it (a Word run in a
// legacy font, a file decoded as "ANSI") holds them where the legacy encoding had those bytes.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const FROM_CP1252 = new Map<number, number>([...CP1252_HIGH].map((ch, i) => [ch.codePointAt(0)!, 0x80 + i]));

/**
 * The byte a character stood for when the text was in a one-byte encoding: U+0000–U+00FF as
 * themselves, Windows-1252's characters for 0x80–0x9F, and Word's symbol-font area U+F000–U+F0FF
 * (where it keeps the characters of fonts it does not know). Undefined for any other character.
 */
export function byteOf(code: number): number | undefined {
  if (code <= 0xff) return code;
  if (code >= 0xf000 && code <= 0xf0ff) return code - 0xf000;
  return FROM_CP1252.get(code);
}

/** Bytes as one-character-per-byte text (Windows-1252 for 0x80–0x9F), the form Word runs hold. */
export function bytesAsText(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/**
 * TCVN3 (ABC) text to Unicode NFC. `capitals`: the text was set in an "H" font (.VnTimeH),
 * which draws the lower-case codes as capitals, so the result is upper-cased.
 */
export function tcvn3ToUnicode(text: string, options: { capitals?: boolean } = {}): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = byteOf(code);
    if (byte === undefined) out += ch;
    else if (byte >= 0x80) out += String.fromCodePoint(TCVN3_HIGH[byte - 0x80]!);
    else out += String.fromCodePoint(TCVN3_LOW.get(byte) ?? byte);
  }
  out = out.normalize("NFC");
  return options.capitals ? out.toUpperCase() : out;
}

interface VniTables {
  /** "base byte, mark byte" as two characters → the letter. */
  pairs: Map<string, string>;
  /** One byte → the letter (đ, i with its tones, ỵ, ơ, ư). */
  singles: Map<number, string>;
  /** The letter (NFC) → its VNI bytes, for the reverse direction. */
  encode: Map<string, number[]>;
}

let vniTables: VniTables | undefined;

function vni(): VniTables {
  if (vniTables) return vniTables;
  const pairs = new Map<string, string>();
  const singles = new Map<number, string>(VNI_SINGLE);
  const encode = new Map<string, number[]>();
  for (const [byte, letter] of VNI_SINGLE) encode.set(letter, [byte]);
  for (const [letter, base, marks] of VNI_VOWELS) {
    marks.forEach((mark, tone) => {
      const unicode = (letter + TONES[tone]).normalize("NFC");
      if (mark === null) return; // a letter of its own byte, in VNI_SINGLE
      if (mark === 0) {
        if (base >= 0x80) singles.set(base, unicode);
        encode.set(unicode, [base]);
        return;
      }
      pairs.set(String.fromCharCode(base, mark), unicode);
      encode.set(unicode, [base, mark]);
    });
  }
  // Capitals typed with a lower-case mark ("Vieät" is right; "VIEät" happens): the base decides.
  for (const [key, unicode] of [...pairs]) {
    const base = key.charCodeAt(0);
    const mark = key.charCodeAt(1);
    const isUpperBase = (base >= 0x41 && base <= 0x5a) || base === 0xd4 || base === 0xd6;
    if (isUpperBase && mark < 0xe0) {
      const lowerKey = String.fromCharCode(base, mark + 0x20);
      if (!pairs.has(lowerKey)) pairs.set(lowerKey, unicode);
    }
  }
  vniTables = { pairs, singles, encode };
  return vniTables;
}

/** VNI-Windows text to Unicode NFC. */
export function vniToUnicode(text: string): string {
  const { pairs, singles } = vni();
  const bytes = Array.from(text, (ch) => {
    const code = ch.codePointAt(0)!;
    return { ch, byte: byteOf(code) };
  });
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const { ch, byte } = bytes[i]!;
    const next = bytes[i + 1]?.byte;
    if (byte !== undefined && next !== undefined) {
      const letter = pairs.get(String.fromCharCode(byte, next));
      if (letter) {
        out += letter;
        i++;
        continue;
      }
    }
    out += byte !== undefined ? (singles.get(byte) ?? String.fromCharCode(byte)) : ch;
  }
  return out.normalize("NFC");
}

let tcvn3Encode: Map<string, number> | undefined;

/** Unicode to TCVN3 (TCVN 5712 VN1, whose lower half is ABC's) as one character per byte. */
export function unicodeToTcvn3(text: string): string {
  if (!tcvn3Encode) {
    tcvn3Encode = new Map();
    TCVN3_HIGH.forEach((code, i) => {
      if (code >= 0x0300 && code < 0x0370) return; // the free combining marks are not letters
      tcvn3Encode!.set(String.fromCodePoint(code), 0x80 + i);
    });
    for (const [byte, code] of TCVN3_LOW) tcvn3Encode.set(String.fromCodePoint(code), byte);
  }
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const byte = tcvn3Encode.get(ch);
    out += byte === undefined ? ch : String.fromCharCode(byte);
  }
  return out;
}

/** Unicode to VNI-Windows as one character per byte. */
export function unicodeToVni(text: string): string {
  const { encode } = vni();
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const bytes = encode.get(ch);
    out += bytes ? String.fromCharCode(...bytes) : ch;
  }
  return out;
}

/** One-character-per-byte text as the bytes (for files written in a legacy encoding). */
export function textAsBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => byteOf(ch.charCodeAt(0)) ?? 0x3f);
}

/** The legacy encoding a Word font name implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
export function encodingOfFont(font: string | undefined): { encoding: LegacyEncoding; capitals: boolean } | undefined {
  if (!font) return undefined;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return { encoding: "tcvn3", capitals: /h$/i.test(name.replace(/\s+(?:bold|italic)$/i, "")) };
  if (/^vni[-\s]/i.test(name)) return { encoding: "vni", capitals: false };
  return undefined;
}
