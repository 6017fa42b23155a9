import { md5 } from "@noble/hashes/legacy.js";
import { zlibSync } from "fflate";
import type { PdfCodec } from "./codec.js";

/**
 * Pure JavaScript (fflate, @noble/hashes), for a browser: the same PDF as in Node but for the
 * compressed bytes (another deflate implementation), and so the file ID.
 */
export const PORTABLE_CODEC: PdfCodec = {
  deflate: (data) => zlibSync(data, { level: 3 }),
  md5: () => md5.create(),
};
