// What kind of input a file is, from its bytes and its name: no reader is loaded here, so the
// batch's main thread and the CLI can sort inputs without loading pdf.js or the .docx reader.
import { extname } from "node:path";

/** The kinds of input vanban reads. */
export const INPUT_TYPES = ["json", "text", "docx", "pdf", "doc"] as const;
export type InputType = (typeof INPUT_TYPES)[number];

/** File extensions the CLI and the batch take as inputs, with the type each names. */
export const EXTENSION_TYPES: Readonly<Record<string, InputType>> = {
  ".json": "json",
  ".txt": "text",
  ".md": "text",
  ".docx": "docx",
  ".pdf": "pdf",
  ".doc": "doc",
};

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97–2003 and other OLE files

/** The type the bytes show (a PDF header anywhere in the first KB, a zip, an OLE file), if any. */
export function typeFromContent(bytes: Uint8Array): InputType | undefined {
  if (startsWith(bytes, ZIP)) return "docx";
  if (startsWith(bytes, OLE)) return "doc";
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0 && i < head.length; i = head.indexOf(0x25, i + 1)) if (startsWith(head, PDF, i)) return "pdf";
  return undefined;
}

/** The type of an input: what its content shows first (a misnamed PDF is still a PDF), then its extension, then text. */
export function detectType(bytes: Uint8Array, name?: string): InputType {
  return typeFromContent(bytes) ?? (name ? EXTENSION_TYPES[extname(name).toLowerCase()] : undefined) ?? "text";
}
