// Pages → PDF bytes, written by vanban (no PDF library): see document.ts.
export { writePdf, pdfChunks, type WriteOptions } from "./document.js";
