/**
 * The provinces and centrally-run cities (before the 2025 merger), in capitals, NFC; "BÀ RỊA"
 * and "VŨNG TÀU" each on its own (the name is written with a dash between them).
 */
const PROVINCE_NAMES = `
HỒ CHÍ MINH|HÀ NỘI|HẢI PHÒNG|ĐÀ NẴNG|CẦN THƠ|AN GIANG|BÀ RỊA|VŨNG TÀU|BẮC GIANG|BẮC KẠN|BẠC LIÊU|BẮC NINH|BẾN TRE
BÌNH ĐỊNH|BÌNH DƯƠNG|BÌNH PHƯỚC|BÌNH THUẬN|CÀ MAU|CAO BẰNG|ĐẮK LẮK|ĐẮK NÔNG|ĐIỆN BIÊN|ĐỒNG NAI|ĐỒNG THÁP|GIA LAI|HÀ GIANG
HÀ NAM|HÀ TĨNH|HẢI DƯƠNG|HẬU GIANG|HÒA BÌNH|HƯNG YÊN|KHÁNH HÒA|KIÊN GIANG|KON TUM|LAI CHÂU|LÂM ĐỒNG|LẠNG SƠN|LÀO CAI|LONG AN
NAM ĐỊNH|NGHỆ AN|NINH BÌNH|NINH THUẬN|PHÚ THỌ|PHÚ YÊN|QUẢNG BÌNH|QUẢNG NAM|QUẢNG NGÃI|QUẢNG NINH|QUẢNG TRỊ|SÓC TRĂNG|SƠN LA
TÂY NINH|THÁI BÌNH|THÁI NGUYÊN|THANH HÓA|THỪA THIÊN HUẾ|TIỀN GIANG|TRÀ VINH|TUYÊN QUANG|VĨNH LONG|VĨNH PHÚC|YÊN BÁI
`;

/** The provinces' and cities' names, as above: the OCR reader's vocabulary of places. */
export const PROVINCES: readonly string[] = PROVINCE_NAMES.split(/[|\n]/).map((w) => w.trim()).filter(Boolean);

/**
 * Vietnamese words of two or more syllables that name bodies, places and fields in official
 * documents' headers, titles and signature blocks. A balanced break (L-HDR-1) never falls inside
 * one when another break of the same number of lines does not: "THÀNH / PHỐ", "CƠ / QUAN",
 * "ĐẠI / HỌC" read as broken names to a clerk. Written in capitals, NFC; compared upper-cased.
 * Names of more than two syllables bind every pair inside them.
 */
const WORDS = `
THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY|ĐẢNG BỘ|ĐẢNG ĐOÀN|CHI BỘ
ỦY BAN|NHÂN DÂN|HỘI ĐỒNG|MẶT TRẬN|TỔ QUỐC|VIỆT NAM|CỘNG HÒA|XÃ HỘI|CHỦ NGHĨA|TRUNG ƯƠNG|CHÍNH PHỦ|QUỐC HỘI
LIÊN ĐOÀN|LAO ĐỘNG|CÔNG ĐOÀN|TỔNG LIÊN ĐOÀN|CƠ SỞ|CẤP TRÊN|BAN CHẤP HÀNH|THƯỜNG VỤ|THƯỜNG TRỰC|CHỦ TỊCH|PHÓ CHỦ TỊCH
BÍ THƯ|PHÓ BÍ THƯ|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|VĂN PHÒNG|THỦ TRƯỞNG|TỔNG GIÁM ĐỐC
CƠ QUAN|DOANH NGHIỆP|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|CỔ PHẦN|TRÁCH NHIỆM|HỮU HẠN|NGÂN HÀNG|BỆNH VIỆN|TRƯỜNG HỌC
ĐẠI HỌC|CAO ĐẲNG|TRUNG HỌC|TIỂU HỌC|MẦM NON|SƯ PHẠM|HỌC VIỆN|VIỆN KIỂM SÁT|TÒA ÁN|CÔNG AN|QUÂN SỰ|QUÂN ĐỘI|BIÊN PHÒNG
CÔNG NGHIỆP|NÔNG NGHIỆP|CHẾ XUẤT|KINH TẾ|CÔNG NGHỆ|CÔNG NGHỆ CAO|KHOA HỌC|GIÁO DỤC|ĐÀO TẠO|Y TẾ|VĂN HÓA|THỂ THAO|DU LỊCH
XÂY DỰNG|GIAO THÔNG|VẬN TẢI|TÀI CHÍNH|KẾ HOẠCH|ĐẦU TƯ|CÔNG THƯƠNG|NỘI VỤ|TƯ PHÁP|NGOẠI VỤ|TÀI NGUYÊN|MÔI TRƯỜNG|THÔNG TIN
TRUYỀN THÔNG|PHÁT TRIỂN|NÔNG THÔN|THƯƠNG BINH|DÂN TỘC|TÔN GIÁO|THANH TRA|KIỂM TRA|TUYÊN GIÁO|TUYÊN TRUYỀN|DÂN VẬN|TỔ CHỨC
NỮ CÔNG|CÔNG NHÂN|VIÊN CHỨC|CÔNG CHỨC|NGƯỜI LAO ĐỘNG|ĐOÀN VIÊN|HỘI VIÊN|THANH NIÊN|PHỤ NỮ|CỰU CHIẾN BINH|NÔNG DÂN|ĐIỆN LỰC
BƯU ĐIỆN|BƯU CHÍNH|VIỄN THÔNG|DẦU KHÍ|CAO SU|KHOÁNG SẢN|HÀNG HẢI|HÀNG KHÔNG|ĐƯỜNG SẮT|ĐƯỜNG BỘ|THỦY LỢI|LÂM NGHIỆP
THỦY SẢN|DỆT MAY|DA GIÀY|TÀU THỦY|XUẤT NHẬP KHẨU|XUẤT KHẨU|NHẬP KHẨU|QUỐC PHÒNG|AN NINH|HÀNH CHÍNH|SỰ NGHIỆP|CÔNG LẬP
${PROVINCE_NAMES}`;

/**
 * Common words of subjects ("Kiểm tra công tác văn thư, lưu trữ"), with WORDS the vocabulary by
 * which the OCR reader settles two readings a mark or a letter apart ("Tổ"/"Tố chức", "lưu"/"hưu
 * trữ"). Not the layout's: where a title breaks is WORDS's business alone.
 */
const SUBJECT_WORDS = `
VĂN THƯ|LƯU TRỮ|CHÍNH TRỊ|ĐỔI MỚI|NGHIỆP VỤ|BỒI DƯỠNG|HOẠT ĐỘNG|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ|CHỈ THỊ
ĐẠI HỘI|HỘI NGHỊ|GIAI ĐOẠN|NHIỆM KỲ|THỰC HIỆN|TRIỂN KHAI|CHƯƠNG TRÌNH|CÔNG TÁC|TỔNG KẾT|SƠ KẾT|KẾT QUẢ|TÌNH HÌNH
BÁO CÁO|HƯỚNG DẪN|THÔNG BÁO|TỜ TRÌNH|GIÁM SÁT|ĐỀ NGHỊ|THI ĐUA|KHEN THƯỞNG|PHONG TRÀO|PHỔ BIẾN|PHÁP LUẬT|CẢI CÁCH
THỦ TỤC|NGÂN SÁCH|DỰ TOÁN|ĐỊA BÀN|TÀI LIỆU|HỒ SƠ|QUẢN LÝ|LÃNH ĐẠO|CHỈ ĐẠO|ĐIỀU HÀNH|KỶ LUẬT|ĐÁNH GIÁ|XẾP LOẠI
BẦU CỬ|TIẾP CÔNG DÂN|KHIẾU NẠI|TỐ CÁO|GIẢI QUYẾT|PHÒNG CHỐNG|THAM NHŨNG|CHUYỂN ĐỔI SỐ|ỨNG DỤNG|ĐIỆN TỬ|NĂM HỌC
`;

/** Each pair of neighbouring syllables inside the words of `lists`. */
function pairsOf(...lists: string[]): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const word of lists.join("\n").split(/[|\n]/)) {
    const syllables = word.trim().split(/\s+/).filter(Boolean);
    for (let i = 0; i + 1 < syllables.length; i++) pairs.add(`${syllables[i]} ${syllables[i + 1]}`);
  }
  return pairs;
}

const PAIRS = pairsOf(WORDS);
const WORD_PAIRS = pairsOf(WORDS, SUBJECT_WORDS);
const pair = (before: string, after: string) => `${before.toLocaleUpperCase("vi")} ${after.toLocaleUpperCase("vi")}`;

/** Whether a line break between these two syllables would split one of the words above. */
export function bindsTogether(before: string, after: string): boolean {
  return PAIRS.has(pair(before, after));
}

/** Whether these two syllables make, or stand inside, a word of the official vocabulary (WORDS and SUBJECT_WORDS). */
export function formsListedWord(before: string, after: string): boolean {
  return WORD_PAIRS.has(pair(before, after));
}

/** Tones written above a vowel, which OCR confuses over a circumflex, breve or horn (grave, acute, tilde, hook). */
const TONES_ABOVE = ["", "\u0300", "\u0301", "\u0303", "\u0309"];

/**
 * The syllable with each other tone above its hatted or horned vowel ("Tố" → "Tô", "Tồ", "Tỗ",
 * "Tổ"); none for a syllable without such a vowel or with a dot below (never confused with a
 * mark above).
 */
export function toneVariants(syllable: string): string[] {
  const d = syllable.normalize("NFD");
  if (d.includes("\u0323")) return [];
  const hats = [...d.matchAll(/[\u0302\u0306\u031B]/gu)];
  const toned = hats.find((m) => TONES_ABOVE.includes(d[m.index + 1] ?? "x") && d[m.index + 1] !== undefined);
  const hat = toned ?? hats.at(-1);
  if (!hat) return [];
  const at = hat.index + 1;
  const tail = d.slice(toned ? at + 1 : at);
  const own = syllable.normalize("NFC");
  return TONES_ABOVE.map((t) => (d.slice(0, at) + t + tail).normalize("NFC")).filter((v) => v !== own);
}

/**
 * The listed word these two syllables would make with another tone on one of them ("Tố chức" →
 * "Tổ chức"), when they make none as they are; undefined otherwise.
 */
export function listedWithOtherTone(before: string, after: string): string | undefined {
  if (formsListedWord(before, after)) return undefined;
  for (const v of toneVariants(before)) if (formsListedWord(v, after)) return `${v} ${after}`;
  for (const v of toneVariants(after)) if (formsListedWord(before, v)) return `${before} ${v}`;
  return undefined;
}
