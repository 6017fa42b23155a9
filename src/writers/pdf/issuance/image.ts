import { PNG } from "pngjs";
import { DocumentError } from "../../../model/errors.js";

/**
 * A PNG (any colour type and depth pngjs reads) as the parts of a PDF image XObject: 8-bit RGB
 * samples, and an 8-bit alpha soft mask when any pixel is not fully opaque (§11.6.5.3; allowed
 * in PDF/A-2 and -3), so a scanned signature or seal keeps its transparent background.
 */
export interface RasterImage {
  width: number;
  height: number;
  rgb: Buffer;
  alpha?: Buffer;
}

/** Largest image accepted, in pixels (a bound on memory: 4 bytes a pixel while decoding). */
export const MAX_IMAGE_PIXELS = 25_000_000;

export function readPng(bytes: Uint8Array, path: string): RasterImage {
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new DocumentError([{ path, vi: `ảnh không phải PNG đọc được (${(e as Error).message})`, en: `not a readable PNG image (${(e as Error).message})` }], "image");
  }
  const { width, height, data } = png;
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new DocumentError([{ path, vi: `ảnh quá lớn (${width}×${height} điểm ảnh)`, en: `image too large (${width}×${height} pixels; at most ${MAX_IMAGE_PIXELS})` }], "image");
  }
  const rgb = Buffer.alloc(width * height * 3);
  const alpha = Buffer.alloc(width * height);
  let translucent = false;
  for (let i = 0, n = width * height; i < n; i++) {
    rgb[i * 3] = data[i * 4]!;
    rgb[i * 3 + 1] = data[i * 4 + 1]!;
    rgb[i * 3 + 2] = data[i * 4 + 2]!;
    alpha[i] = data[i * 4 + 3]!;
    if (alpha[i] !== 255) translucent = true;
  }
  return { width, height, rgb, ...(translucent ? { alpha } : {}) };
}

/** Where an image of this aspect ratio goes, fitted and centred in a w × h box. */
export function fitImage(image: { width: number; height: number }, w: number, h: number): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(w / image.width, h / image.height);
  const iw = image.width * scale;
  const ih = image.height * scale;
  return { x: (w - iw) / 2, y: (h - ih) / 2, w: iw, h: ih };
}
