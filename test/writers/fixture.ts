// Pages built by hand for the writers' tests: what a layout could give, measured with the same
// metrics the layout uses (src/fonts/metrics.ts), so widths are exactly what the writer draws.
import { bundledFonts, type FontSet } from "../../src/fonts/fonts.js";
import { metricsOf } from "../../src/fonts/metrics.js";
import type { Face, Line, Page, Pages, Span } from "../../src/layout/pages.js";
import { PagesSchema } from "../../src/layout/pages.js";

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN_LEFT = 85.04; // 30 mm
const TEXT_WIDTH = A4.width - MARGIN_LEFT - 56.69; // 20 mm right margin

/** Every Vietnamese tone mark on every vowel that takes one, and the letters only Vietnamese has. */
export const VIETNAMESE =
  "Ữ ỹ ậ Đ đ à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ";

export interface SpanSpec {
  text: string;
  face?: Face;
  size?: number;
  underline?: boolean;
  color?: string;
}

export function spanWidth(fonts: FontSet, text: string, face: Face, size: number, wordSpacing = 0): number {
  const spaces = text.split(" ").length - 1;
  return metricsOf(fonts.faces[face]).width(text, size) + spaces * wordSpacing;
}

/** A line of spans set one after the other from `x`, each with the same extra word spacing. */
export function lineAt(fonts: FontSet, x: number, y: number, specs: SpanSpec[], wordSpacing = 0, source = "body[0].content", role = "body"): Line {
  const spans: Span[] = [];
  let at = x;
  for (const s of specs) {
    const face = s.face ?? "normal";
    const size = s.size ?? 14;
    const width = spanWidth(fonts, s.text, face, size, wordSpacing);
    spans.push({ text: s.text, x: at, width, face, size, wordSpacing, underline: s.underline ?? false, ...(s.color ? { color: s.color } : {}) });
    at += width;
  }
  return { x, y, width: at - x, spans, source, role };
}

/** A line centred on `centre`. */
export function centred(fonts: FontSet, centre: number, y: number, specs: SpanSpec[], source = "generated", role = "header"): Line {
  const natural = lineAt(fonts, 0, y, specs, 0, source, role);
  return lineAt(fonts, centre - natural.width / 2, y, specs, 0, source, role);
}

/** A line stretched to `width` by word spacing, as a justified body line is. */
export function justified(fonts: FontSet, x: number, y: number, width: number, text: string, face: Face = "normal", size = 14, source = "body[1].content"): Line {
  const spaces = text.split(" ").length - 1;
  const natural = spanWidth(fonts, text, face, size);
  if (natural > width) throw new Error(`fixture line too long (${natural} > ${width}): ${text}`);
  const ws = spaces > 0 ? (width - natural) / spaces : 0;
  return lineAt(fonts, x, y, [{ text, face, size }], ws, source);
}

const BODY = [
  "Căn cứ Điều lệ Công đoàn Việt Nam; thực hiện chương trình công tác,",
  "Ban Thường vụ hướng dẫn các cấp công đoàn tổ chức hoạt động kỷ niệm ngày",
  "thành lập, bảo đảm thiết thực, tiết kiệm; Ữ ỹ ậ Đ là những chữ phải hiện",
  "đúng trên mọi trang. Người lao động được tuyên truyền đầy đủ về quyền lợi,",
];

function page(index: number, lines: Line[], extra: Partial<Page> = {}, size = A4): Page {
  return {
    index,
    number: index === 0 ? null : String(index + 1),
    section: "main",
    width: size.width,
    height: size.height,
    orientation: size.width > size.height ? "landscape" : "portrait",
    lines,
    rules: [],
    frames: [],
    regions: [],
    ...extra,
  };
}

/** Three pages: a header with rules and a red frame, justified body text, a landscape page. */
export function samplePages(fonts: FontSet = bundledFonts()): Pages {
  const centreRight = 380;
  const first: Line[] = [
    centred(fonts, centreRight, 70, [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", face: "bold", size: 13 }], "generated", "nationalTitle"),
    centred(fonts, centreRight, 86, [{ text: "Độc lập - Tự do - Hạnh phúc", face: "bold", size: 14, underline: true }], "generated", "motto"),
    centred(fonts, 150, 70, [{ text: "TỔNG LIÊN ĐOÀN LAO ĐỘNG", size: 13 }], "issuer.body[0]", "issuer"),
    centred(fonts, 150, 86, [{ text: "VIỆT NAM", face: "bold", size: 13 }], "issuer.body[1]", "issuer"),
    lineAt(fonts, 300, 120, [{ text: "Hà Nội, ngày 15 tháng 3 năm 2024", face: "italics", size: 14 }], 0, "date", "date"),
    lineAt(fonts, 448, 160, [{ text: "KHẨN", face: "bold", size: 14, color: "red" }], 0, "stamps[0]", "stamp"),
    centred(fonts, A4.width / 2, 200, [{ text: "HƯỚNG DẪN", face: "bold", size: 14 }], "title", "title"),
    centred(fonts, A4.width / 2, 218, [{ text: "Về việc tổ chức kỷ niệm", face: "bolditalics", size: 14 }], "subject", "subject"),
    ...BODY.map((text, i) => justified(fonts, MARGIN_LEFT + (i === 0 ? 35.43 : 0), 260 + i * 20, TEXT_WIDTH - (i === 0 ? 35.43 : 0), text, "normal", 14, `body[${i}].content`)),
    lineAt(
      fonts,
      MARGIN_LEFT,
      360,
      [
        { text: "1. Mục đích: ", face: "bold" },
        { text: "nâng cao nhận thức, ", face: "italics" },
        { text: "đoàn kết", face: "normal", underline: true },
        { text: " và phát triển.", face: "normal", color: "#1f4e79" },
      ],
      0,
      "body[4].content",
    ),
    lineAt(fonts, MARGIN_LEFT, 380, [{ text: VIETNAMESE.slice(0, 63), size: 13 }], 0, "body[5].content"),
    lineAt(fonts, MARGIN_LEFT, 398, [{ text: VIETNAMESE.slice(64), size: 13 }], 0, "body[5].content"),
  ];
  const frameWidth = spanWidth(fonts, "KHẨN", "bold", 14);
  return PagesSchema.parse({
    profile: "union-2024",
    family: fonts.name,
    metadata: {
      title: "Hướng dẫn tổ chức kỷ niệm",
      author: "Tổng Liên đoàn Lao động Việt Nam",
      subject: "Về việc tổ chức kỷ niệm",
      keywords: "công đoàn, hướng dẫn",
      creationDate: "2024-03-15",
    },
    pages: [
      page(0, first, {
        rules: [
          { x1: 322, y1: 90, x2: 438, y2: 90, width: 0.5, role: "mottoRule" },
          { x1: 125, y1: 90, x2: 175, y2: 90, width: 0.75, role: "issuerRule" },
        ],
        frames: [{ x: 448 - 6, y: 160 - 15, w: frameWidth + 12, h: 20, width: 1, color: "red", role: "stamp" }],
      }),
      page(1, [
        ...Array.from({ length: 12 }, (_, i) => justified(fonts, MARGIN_LEFT, 80 + i * 20, TEXT_WIDTH, BODY[i % BODY.length]!, "normal", 14, `body[${6 + i}].content`)),
        centred(fonts, A4.width / 2, 40, [{ text: "2", size: 13 }], "generated", "pageNumber"),
      ]),
      page(
        2,
        [
          centred(fonts, 421, 60, [{ text: "Phụ lục I", face: "bold", size: 14 }], "annexes[0].label", "annexHeading"),
          justified(fonts, 56.69, 100, 728.5, `${BODY[0]} ${BODY[1]!.slice(0, 40)}`, "normal", 13, "annexes[0].body[0]"),
          lineAt(fonts, 56.69, 130, [{ text: "Bảng tổng hợp (đơn vị: người)", face: "italics", size: 13 }], 0, "annexes[0].body[1]"),
        ],
        { section: "annex-1", number: null, rules: [{ x1: 56.69, y1: 140, x2: 785.2, y2: 140, width: 0.5, role: "table" }] },
        { width: A4.height, height: A4.width },
      ),
    ],
  });
}

/** `pages` dense pages of justified text (~40 lines × 12 words), for the benchmark. */
export function densePages(count: number, fonts: FontSet = bundledFonts()): Pages {
  const words = BODY.join(" ").split(" ");
  const sample = samplePages(fonts);
  const pages: Page[] = [];
  for (let p = 0; p < count; p++) {
    const lines: Line[] = [];
    for (let l = 0; l < 40; l++) {
      const start = (p * 40 + l) * 7;
      const text = Array.from({ length: 12 }, (_, k) => words[(start + k) % words.length]).join(" ");
      lines.push(justified(fonts, MARGIN_LEFT, 60 + l * 18.5, TEXT_WIDTH, text, "normal", 13, `body[${l}].content`));
    }
    pages.push(page(p, lines));
  }
  return { ...sample, pages };
}
