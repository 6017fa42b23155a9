import { unzipSync } from "fflate";

/** The most a Word part may hold once inflated: far above any real document, far below a zip bomb. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

export class ZipError extends Error {
  constructor(readonly reason: { vi: string; en: string }) {
    super(`${reason.vi} / ${reason.en}`);
    this.name = "ZipError";
  }
}

/**
 * The named parts of a zip container (a .docx), inflated; parts that are absent are left out.
 * A part announced larger than MAX_PART_BYTES, or a container that is not a zip, is refused.
 */
export function readZipParts(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  const wanted = new Set(names);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.has(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          throw new ZipError({ vi: `phần ${file.name} quá lớn (${file.originalSize} byte)`, en: `part ${file.name} is too large (${file.originalSize} bytes)` });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ZipError({ vi: `tệp nén hỏng hoặc không phải tệp Word: ${detail}`, en: `corrupt zip or not a Word file: ${detail}` });
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (data.length > MAX_PART_BYTES) throw new ZipError({ vi: `phần ${name} quá lớn`, en: `part ${name} is too large` });
    out.set(name, data);
  }
  return out;
}
