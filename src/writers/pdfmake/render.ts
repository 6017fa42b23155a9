import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pdfmake from "pdfmake";
import type { TFontDictionary } from "pdfmake/interfaces.js";
import { FONT_VARIANTS, type FontSet, type FontVariant } from "../../fonts/font-set.js";
import type { Pages } from "../../layout/pages.js";
import { writeFileAtomicSync } from "../../util/atomic-write.js";
import { pdfmakeDefinition } from "./definition.js";

const FONT_DIR = join(tmpdir(), "vanban-pdfmake-fonts");

/**
 * pdfmake 0.3 in Node takes fonts as file paths only (its URL resolver rejects buffers), so each
 * face is written once to a temporary folder, named by the MD5 of its bytes: the same font is
 * written once per machine, different fonts never collide. Bounded by the distinct fonts used;
 * each file is checked (or written) once per process.
 */
function fontFiles(fonts: FontSet): Record<FontVariant, string> {
  const out = {} as Record<FontVariant, string>;
  for (const v of FONT_VARIANTS) out[v] = fontFile(fonts.bytes[v]);
  return out;
}

/** Font files this process has written or checked, by the bytes they hold. */
const checked = new WeakMap<Uint8Array, string>();

function fontFile(bytes: Uint8Array): string {
  const known = checked.get(bytes);
  if (known) return known;
  mkdirSync(FONT_DIR, { recursive: true });
  const path = join(FONT_DIR, `${createHash("md5").update(bytes).digest("hex")}.ttf`);
  // The folder is shared: a file found there is used only if it holds exactly these bytes.
  if (!existsSync(path) || !readFileSync(path).equals(bytes)) writeFileAtomicSync(path, bytes);
  checked.set(bytes, path);
  return path;
}

/** The font dictionary to give pdfmake (`addFonts`) for the definition of `pages`, as file paths. */
export function pdfmakeFontFiles(pages: Pages, fonts: FontSet): TFontDictionary {
  return { [pages.family]: fontFiles(fonts) };
}

/**
 * Renders Pages through pdfmake's public Node API (createPdf → getBuffer, promise based in 0.3).
 * pdfmake's fonts and access policies are process-wide: this registers the family under
 * `pages.family`, refuses every URL, and allows local reads of vanban's font folder only.
 */
export async function renderWithPdfmake(pages: Pages, fonts: FontSet): Promise<Uint8Array> {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONT_DIR));
  pdfmake.addFonts(pdfmakeFontFiles(pages, fonts));
  const buffer = await pdfmake.createPdf(pdfmakeDefinition(pages, fonts)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
