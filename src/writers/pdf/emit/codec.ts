/**
 * What the PDF writer needs from its platform: Flate compression and MD5 (the file ID, the subset
 * tags). Node gives them natively (codec-node.ts); a browser through pure JavaScript
 * (codec-portable.ts). The writer itself touches no Node built-in.
 */
export interface PdfCodec {
  /** zlib (RFC 1950) compressed bytes, as /FlateDecode reads them. */
  deflate(data: Uint8Array): Uint8Array;
  /** An incremental MD5. */
  md5(): { update(data: Uint8Array): unknown; digest(): Uint8Array };
}

/** A string of code units 0…255 as bytes (PDF syntax is bytes; vanban writes only ASCII in it). */
export function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Bytes as lower-case hex. */
export function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}
