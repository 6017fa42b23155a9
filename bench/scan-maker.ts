// Scans made from vanban's own PDFs, as an archive's scanner leaves them (issue 15): pages
// rasterised at 200–300 dpi, a slight skew, speckle noise, a red seal over the signature, a
// violet incoming-mail stamp by the header, and optionally the number written by hand in blue
// into its blank. Needs poppler-utils and ImageMagick (Debian: imagemagick); used by the OCR
// benchmark and by test/fixtures/scans/make-scans.mjs, whose outputs are committed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ScanStyle {
  dpi: number;
  /** Degrees, clockwise. */
  skew: number;
  /** Share of pixels flipped to speckles (0–0.05). */
  noise: number;
  seal: boolean;
  stamp: boolean;
  /** The number's digits erased and written again by hand, in blue ink. */
  handwrittenNumber: boolean;
  /** Colours kept: "colour" (a colour scan) or "gray". */
  mode: "colour" | "gray";
  seed: number;
}

interface Word {
  text: string;
  x: number;
  y: number;
  x2: number;
  y2: number;
}

const fonts = new URL("../../fonts/", import.meta.url).pathname;

/** Words of a page of the source PDF with their boxes in pt (pdftotext -bbox). */
function wordsOf(pdf: string, page: number): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  const out: Word[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)) {
    out.push({ x: Number(m[1]), y: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: m[5]!.replace(/&amp;/gu, "&") });
  }
  return out;
}

/** The PNG's image data and what the PDF needs to show it (non-interlaced, gray or indexed). */
function pngParts(png: Uint8Array): { width: number; height: number; depth: number; type: number; palette?: Uint8Array; data: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 8;
  let type = 0;
  let palette: Uint8Array | undefined;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const name = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (name === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = body[8]!;
      type = body[9]!;
      if (body[12] !== 0) throw new Error("interlaced PNG");
    } else if (name === "PLTE") palette = body;
    else if (name === "IDAT") idat.push(body);
    at += 12 + length;
  }
  const data = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of idat) {
    data.set(c, o);
    o += c.length;
  }
  return { width, height, depth, type, palette, data };
}

/** Text drawn invisibly over a page image, as OCR programs add a text layer: lines at their place, in pt. */
export interface LayerLine {
  x: number;
  y: number;
  size: number;
  text: string;
}

const pdfString = (s: string) => `(${s.replace(/[\\()]/gu, (c) => `\\${c}`).replace(/[^\x20-\x7e]/gu, "?")})`;

/**
 * A PDF of page images, each PNG's compressed data kept as it is (FlateDecode with PNG
 * predictors), with an optional invisible text layer per page (Helvetica, ASCII only: the
 * bad layer of an old OCR program).
 */
export function imagesToPdf(pngs: readonly Uint8Array[], dpi: number, layers: readonly (readonly LayerLine[])[] = []): Uint8Array {
  const chunks: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (c: string | Uint8Array) => {
    chunks.push(c);
    length += typeof c === "string" ? Buffer.byteLength(c, "latin1") : c.length;
  };
  const object = (n: number, body: string, stream?: Uint8Array) => {
    offsets[n] = length;
    push(`${n} 0 obj\n${body}\n`);
    if (stream) {
      push("stream\n");
      push(stream);
      push("\nendstream\n");
    }
    push("endobj\n");
  };
  push("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n");
  const kids = pngs.map((_, i) => `${3 + i * 3} 0 R`).join(" ");
  object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pngs.length} >>`);
  pngs.forEach((png, i) => {
    const p = pngParts(png);
    const w = (p.width * 72) / dpi;
    const h = (p.height * 72) / dpi;
    const n = 3 + i * 3;
    const colours = p.type === 3 ? 1 : p.type === 2 ? 3 : 1;
    const space = p.type === 3 ? `[/Indexed /DeviceRGB ${p.palette!.length / 3 - 1} <${Buffer.from(p.palette!).toString("hex")}>]` : p.type === 2 ? "/DeviceRGB" : "/DeviceGray";
    const text = (layers[i] ?? []).map((l) => `BT 3 Tr /F1 ${l.size} Tf 1 0 0 1 ${l.x.toFixed(2)} ${(h - l.y).toFixed(2)} Tm ${pdfString(l.text)} Tj ET`).join("\n");
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q${text ? `\n${text}` : ""}`;
    const font = text ? " /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>" : "";
    object(n, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${n + 1} 0 R >>${font} >> /Contents ${n + 2} 0 R >>`);
    object(n + 1, `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace ${space} /BitsPerComponent ${p.depth} /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${p.depth} /Columns ${p.width} >> /Length ${p.data.length} >>`, p.data);
    object(n + 2, `<< /Length ${content.length} >>`, new TextEncoder().encode(content));
  });
  const count = 3 + pngs.length * 3;
  const xref = length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let i = 1; i < count; i++) push(`${String(offsets[i]).padStart(10, "0")} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let o = 0;
  for (const c of chunks) {
    const bytes = typeof c === "string" ? Buffer.from(c, "latin1") : c;
    out.set(bytes, o);
    o += bytes.length;
  }
  return out;
}

/**
 * The scan's colours: white, three grays, black, and the inks of the seal, the stamp and the
 * pen, each with its pale tint (the fringe a scanner sees at the edge of an ink stroke).
 */
function palette(dir: string): string {
  const file = join(dir, "palette.png");
  const inks = ["xc:#d42020", "xc:#f0a8a8", "xc:#6a2a9a", "xc:#cfb0e6", "xc:#1a3fb0", "xc:#aabbee"];
  execFileSync("convert", ["xc:white", "xc:gray80", "xc:gray55", "xc:gray30", "xc:black", ...inks, "+append", file]);
  return file;
}

const px = (pt: number, dpi: number) => Math.round((pt * dpi) / 72);

/**
 * ImageMagick drawing arguments for the marks of one page, in pixels: what is erased from the
 * print (the number's digits, when they are handwritten), and the inks, drawn on a layer that is
 * multiplied onto the page, as ink over print leaves the print dark.
 */
function marks(words: Word[], page: number, last: boolean, style: ScanStyle): { erase: string[]; ink: string[] } {
  const d = (pt: number) => px(pt, style.dpi);
  const args: string[] = [];
  const erase: string[] = [];
  const regular = join(fonts, "LiberationSerif-Regular.ttf");
  const italic = join(fonts, "LiberationSerif-BoldItalic.ttf");
  if (page === 1 && style.handwrittenNumber) {
    const so = words.findIndex((w) => /^Số:?$/u.test(w.text));
    const next = words[so + 1];
    const digits = next ? /^\d+/u.exec(next.text)?.[0] : undefined;
    if (next && digits) {
      const x2 = next.x + ((next.x2 - next.x) * digits.length) / next.text.length;
      erase.push("-fill", "white", "-stroke", "none", "-draw", `rectangle ${d(next.x) - 1},${d(next.y)} ${d(x2)},${d(next.y2)}`);
      args.push("-fill", "#1a3fb0", "-font", italic, "-pointsize", String(Math.round((next.y2 - next.y) * 1.3 * style.dpi / 72)), "-annotate", `-8x-8+${d(next.x)}+${d(next.y2)}`, digits);
    }
  }
  if (page === 1 && style.stamp) {
    // The incoming-mail stamp, by the header: violet, in a box.
    // In the top margin, above the issuer's lines, as registries stamp incoming mail.
    const x = d(70);
    const y = d(2);
    args.push("-fill", "none", "-stroke", "#6a2a9a", "-strokewidth", String(d(1.5)), "-draw", `rectangle ${x},${y} ${x + d(130)},${y + d(48)}`);
    args.push("-stroke", "none", "-fill", "#6a2a9a", "-font", regular, "-pointsize", String(d(9)));
    args.push("-annotate", `+${x + d(10)}+${y + d(14)}`, "CÔNG VĂN ĐẾN", "-annotate", `+${x + d(10)}+${y + d(30)}`, `Số: ${2000 + (style.seed % 900)}`, "-annotate", `+${x + d(10)}+${y + d(43)}`, "Ngày: 12/3/2024");
  }
  if (last && style.seal) {
    // The seal over the left of the signature, as offices press it: red rings, a star, text.
    // The signer's name is the last line of the right column; the seal sits on the left of the
    // space between the title and the name, as offices press it, over the signature.
    const right = words.filter((w) => w.x > 280);
    const name = right[right.length - 1];
    if (name) {
      const cx = d(name.x + 5);
      const cy = d(name.y - 35);
      const r = d(50);
      args.push("-fill", "none", "-stroke", "#d42020", "-strokewidth", String(d(2.5)), "-draw", `circle ${cx},${cy} ${cx + r},${cy}`, "-draw", `circle ${cx},${cy} ${cx + Math.round(r * 0.72)},${cy}`);
      args.push("-stroke", "none", "-fill", "#d42020", "-font", regular, "-pointsize", String(d(8)), "-annotate", `+${cx - d(30)}+${cy + d(3)}`, "CÔNG ĐOÀN", "-draw", `polygon ${cx},${cy - d(22)} ${cx + d(5)},${cy - d(10)} ${cx - d(5)},${cy - d(10)}`);
    }
  }
  return { erase, ink: args };
}

/**
 * A scan of the given pages of a PDF: each page rasterised in gray, marked (stamp, seal,
 * handwritten number), skewed, speckled, and quantised to a few colours (or gray levels) so
 * that the PNG, and the PDF that carries it, stay small.
 */
export function scanPdf(pdf: Uint8Array, pages: readonly number[], style: ScanStyle, badLayer = false): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "vanban-scan-"));
  try {
    const input = join(dir, "in.pdf");
    writeFileSync(input, pdf);
    const total = Number(/Pages:\s+(\d+)/u.exec(execFileSync("pdfinfo", [input], { encoding: "utf8" }))?.[1] ?? 1);
    const pngs = pages.map((page) => {
      const stem = join(dir, `p${page}`);
      execFileSync("pdftoppm", ["-r", String(style.dpi), "-gray", "-f", String(page), "-l", String(page), "-singlefile", input, stem]);
      const out = join(dir, `p${page}.png`);
      const seed = String(style.seed * 31 + page);
      const { erase, ink } = marks(wordsOf(input, page), page, page === total || page === pages[pages.length - 1], style);
      const size = execFileSync("identify", ["-format", "%wx%h", `${stem}.pgm`], { encoding: "utf8" }).trim();
      execFileSync("convert", [
        `${stem}.pgm`,
        // Dust and speckles on the paper, in gray like the print.
        "-seed", seed, "-attenuate", String(style.noise * 10), "+noise", "Impulse",
        "-type", "TrueColor",
        ...erase,
        "(", "-size", size, "xc:white", "+antialias", ...ink, ")",
        "-compose", "Multiply", "-composite",
        "-background", "white", "-rotate", String(style.skew),
        ...(style.mode === "gray" ? ["-colorspace", "Gray"] : []),
        "-dither", "None", "-remap", palette(dir),
        "-define", "png:compression-level=9",
        `PNG8:${out}`,
      ]);
      return new Uint8Array(readFileSync(out));
    });
    // A bad text layer: the source's words at their place, their diacritics lost.
    const layers = badLayer ? pages.map((page) => wordsOf(input, page).map((w) => ({ x: w.x, y: w.y2 - 2, size: 11, text: w.text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D") }))) : [];
    return imagesToPdf(pngs, style.dpi, layers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
