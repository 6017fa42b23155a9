// What a written Vietnamese syllable may look like, to tell a right decoding from a wrong one:
// a wrong table turns "Tiếng" into "TiÕng" or "Tieáng", which no syllable spells.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// The vowel groups of written Vietnamese, longest first so that the alternation takes them whole:
// those that may take a final consonant ("iên", "oan"), and those that end in a glide and take none
// ("ai", "ươi": "tain" spells nothing).
const OPEN_NUCLEI = ["uyê", "iê", "yê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "uơ", "uy", "ươ", "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const CLOSED_NUCLEI = [
  "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
];
const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN_NUCLEI.join("|")})(?:ch|ng|nh|[cmnpt])?|(?:${CLOSED_NUCLEI.join("|")}))$`, "u");

/** Whether a word (letters only) spells one Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize("NFD");
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = nfd.replace(TONE_MARKS, "").normalize("NFC").toLowerCase();
  return SYLLABLE.test(bare);
}

/**
 * How Vietnamese a text reads: the share of its words with letters outside ASCII that spell a
 * syllable (words in plain ASCII say nothing about the encoding), and how many such words.
 */
export function vietnameseScore(text: string, sampleLimit = 4000): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = match[0];
    if (/^[\x00-\x7f]*$/u.test(w)) continue;
    words++;
    if (isVietnameseSyllable(w)) good++;
    if (words >= sampleLimit) break;
  }
  return { share: words ? good / words : 0, words };
}
