import { isVietnameseSyllable } from "../decode/syllable.js";
import { MOTTO, NATIONAL, PARTY_TITLE } from "./classify.js";
import { foldVi, isCaps, makeLine, withText, type ArchiveLine } from "./lines.js";
import type { Entry } from "./noise.js";
import type { WarningLog } from "./warnings.js";

// The header is the first lines; wrapping is repaired there only (and for lone authority prefixes anywhere).
const HEADER_ENTRIES = 40;
// Words that never end a line of an office's name: "TỔNG LIÊN ĐOÀN LAO" / "ĐỘNG" is one phrase (folded pairs).
const BIGRAMS = new Set([
  "lao dong", "nhan dan", "thuong vu", "viet nam", "chap hanh", "trung uong", "cong doan", "giao duc", "dao tao",
  "phat trien", "nong thon", "nong nghiep", "tai chinh", "xa hoi", "chu nghia", "chu tich", "bi thu", "lien doan",
  "thanh pho", "ha noi", "ho chi", "chi minh", "uy ban", "hoi dong", "chinh phu", "cong hoa", "van phong", "tuyen giao",
  "dan van", "kiem tra", "to chuc", "thong tin", "truyen thong", "van hoa", "the thao", "du lich", "y te", "noi vu",
  "ban hanh", "trien khai", "thuc hien", "nghi dinh", "quyet dinh", "huong dan", "ke hoach", "bao cao", "thong bao",
  "nghi quyet", "chuong trinh", "quy dinh", "quy che", "tang cuong", "nang cao", "cai cach", "hanh chinh",
]);
// A lone first word of an organ's name or of the national title: "ỦY" / "BAN NHÂN DÂN", "CHÍNH" / "PHỦ".
const ORGAN_START = /^(?:uy ban|hoi dong|chinh phu|cong hoa|tong lien|lien doan|ban chap|dang bo)(?: |$)/u;
const AUTHORITY_ALONE = /^(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)\s*[.:]?$/u;
const CELL_SEPARATOR = /^\|+$/u;
const TRAILING_RULE = /\s+(?:-{3,}|_{3,}|\*{3,}|={3,})$/u;
const DATE_OPEN = /(?:^|[\s,])ngay\s*\d{1,2}(?!.*nam\s*\d{4})/u;
const PLACE_THEN_DATE = /^[^\s,]+(?:[\s-][^\s,]+){0,3},\s*ngay\b/u;

const MAX_WRAPPED = 300;
// A flattened page is a few thousand characters; a longer line is not cut (bounded work).
const MAX_FLATTENED = 20_000;
const NATIONAL_TEXT = "cong hoa xa hoi chu nghia viet nam";
const words = (s: string) => s.split(/\s+/u).filter(Boolean);

/** Whether two lines of the header are one line the web page or the scan wrapped. */
function joins(a: ArchiveLine, b: ArchiveLine): boolean {
  // Header lines are short: a long line is never half of a wrapped one (and costs nothing to skip).
  if (a.plain.length > MAX_WRAPPED || b.plain.length > MAX_WRAPPED) return false;
  const fa = a.folded;
  const fb = b.folded;
  const both = `${fa} ${fb}`;
  if (NATIONAL.test(both) || MOTTO.test(both) || PARTY_TITLE.test(both)) return true;
  // Parts of the national title on two lines ("CỘNG" / "HÒA XÃ HỘI", then "… CHỦ NGHĨA VIỆT NAM").
  if (/^cong\b/u.test(fa) && NATIONAL_TEXT.startsWith(both)) return true;
  if (/^so\s*:?$/u.test(fa)) return true; // "Số:" / "33/2009/QĐ-UBND"
  if (/^v\s*\/\s*v\s*:?$/u.test(fa)) return true; // "V/v" / ": Thực hiện …"
  if (AUTHORITY_ALONE.test(a.plain) && isCaps(b.plain)) return true; // "TM." / "ỦY BAN NHÂN DÂN TỈNH"
  // A date wrapped before its year: "Tiền Giang, ngày" / "02 tháng 8 năm 2023", "Sơn" / "La, ngày 11 tháng 3" / "năm 2020".
  if ((DATE_OPEN.test(fa) || /,\s*ngay$/u.test(fa)) && /^[\d\s]*(?:thang|nam)\b|^\d{1,4}\b/u.test(fb)) return true;
  if (words(a.plain).length <= 2 && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(a.plain) && PLACE_THEN_DATE.test(fb)) return true;
  if (!isCaps(a.plain) || !isCaps(b.plain) || a.plain.length > 80) return false;
  if (words(a.plain).length === 1 && ORGAN_START.test(both)) return true;
  const last = words(fa).at(-1);
  const first = words(fb)[0];
  return last !== undefined && first !== undefined && BIGRAMS.has(`${last} ${first}`);
}

// The anchors a page flattened to one line is cut at: national title, motto, number, V/v, Kính gửi.
const FLAT_ANCHORS =
  /(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|(?<![\p{L}])Số\s*:|(?<![\p{L}])V\/v(?![\p{L}])|Kính gửi\s*:)/gu;

/**
 * A whole page flattened onto one line (a PDF's text layer read as one string): cut at the
 * header's anchors so that each element stands on a line of its own. Only long lines that
 * hold both the national title and a number are cut.
 */
function unflatten(l: ArchiveLine): ArchiveLine[] {
  if (l.plain.length < 150 || l.plain.length > MAX_FLATTENED || !/cong hoa xa hoi chu nghia viet nam/u.test(l.folded) || !/(?:^|\s)so\s*:/u.test(l.folded)) return [l];
  const text = l.text.replace(/^\d{1,2}\.\s+(?=\p{Lu}{2,})/u, "");
  const pieces = text
    .split(FLAT_ANCHORS)
    .reduce<string[]>((out, piece, i) => {
      // split() with a capture group alternates text and anchors: an anchor starts a piece,
      // and the national title and motto are pieces of their own.
      if (i % 2 === 1) out.push(piece);
      else if (out.length && !/^(?:CỘNG H|Độc lập)/u.test(out[out.length - 1]!)) out[out.length - 1] += piece;
      else out.push(piece);
      return out;
    }, [])
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return pieces.length > 1 ? pieces.map((p) => makeLine(l.line, l.raw, p)) : [l];
}

/**
 * Repairs the header a web page or a flattened PDF left: cell separators ("|" alone on a line)
 * become empty lines, a page flattened to one line is cut at the header's anchors, trailing
 * rules ("… VIỆT NAM -------") go, and lines wrapped in mid-phrase are joined ("ỦY" / "BAN NHÂN
 * DÂN", "Số:" / "33/2009/QĐ-UBND", "Hà" / "Nội, ngày 18 tháng 8 năm 2020"). Every line that
 * changed gets a warning on its line.
 */
export function rewrapHeader(entries: readonly Entry[], log: WarningLog): Entry[] {
  const out: Entry[] = [];
  let content = 0;
  for (const e of entries) {
    if (e.role !== "content") {
      out.push(e);
      continue;
    }
    content++;
    if (CELL_SEPARATOR.test(e.l.plain)) {
      log.add(e.l.line, "cell-separator");
      out.push({ l: { ...e.l, text: "", plain: "", folded: "" }, role: "blank" });
      continue;
    }
    let pieces = content <= HEADER_ENTRIES ? unflatten(e.l) : [e.l];
    if (pieces.length > 1) log.add(e.l.line, "page-flattened");
    pieces = pieces.map((p) => {
      if (content > HEADER_ENTRIES || p.text.length > MAX_WRAPPED || !TRAILING_RULE.test(p.text) || !/\p{L}/u.test(p.text.replace(TRAILING_RULE, ""))) return p;
      log.add(p.line, "trailing-rule");
      return withText(p, p.text.replace(TRAILING_RULE, ""));
    });
    for (const l of pieces) {
      const previous = out[out.length - 1];
      const inHeader = content <= HEADER_ENTRIES;
      if (previous?.role === "content" && (inHeader || AUTHORITY_ALONE.test(previous.l.plain)) && joins(previous.l, l)) {
        const sep = /[/:-]$/u.test(previous.l.text) || /^[/:,-]/u.test(l.text) ? "" : " ";
        const joined = `${previous.l.text}${sep}${l.text}`.replace(/^(V\/v)\s*:\s*/u, "$1 ");
        out[out.length - 1] = { l: withText(previous.l, joined), role: "content" };
        log.add(l.line, "line-rejoined");
      } else out.push({ l, role: "content" });
    }
  }
  return out;
}

/**
 * Words a lost line break fused ("TRIỂNKHAI", "BANHÀNH"): a word with Vietnamese letters that
 * is no syllable, and splits into exactly one pair of syllables, is split there. Anything else
 * is kept as written.
 */
export function splitFusedWords(text: string): { text: string; split: boolean } {
  let split = false;
  const out = text.replace(/[\p{L}\p{M}]{4,}/gu, (word) => {
    if (!/[^\x00-\x7f]/u.test(word) || isVietnameseSyllable(word)) return word;
    const chars = [...word.normalize("NFC")];
    const cuts: number[] = [];
    for (let i = 1; i < chars.length; i++) {
      const a = chars.slice(0, i).join("");
      const b = chars.slice(i).join("");
      if (isVietnameseSyllable(a) && isVietnameseSyllable(b) && /\p{L}/u.test(a) && b.length >= 2) cuts.push(i);
    }
    // Two readings ("BA NHÀNH", "BAN HÀNH"): the one that makes a common pair of words, if only one does.
    const common = cuts.filter((i) => BIGRAMS.has(foldVi(`${chars.slice(0, i).join("")} ${chars.slice(i).join("")}`)));
    const cut = cuts.length === 1 ? cuts[0] : common.length === 1 ? common[0] : undefined;
    if (cut === undefined) return word;
    split = true;
    return `${chars.slice(0, cut).join("")} ${chars.slice(cut).join("")}`;
  });
  return { text: out, split };
}

/** Free combining marks ("thiêt hai ̀ ̣"): tone marks a flattened page detached from their letters. */
export function hasDetachedMarks(text: string): boolean {
  return /(?:^|\s)\p{M}/u.test(text.normalize("NFC"));
}

export { foldVi };
