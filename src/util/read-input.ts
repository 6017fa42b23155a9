// How every command opens and reads the files it is given (issue 14). Only regular files are
// read: a FIFO would block forever, /dev/zero never ends, a socket or a device is not a document.
// How the bytes are decoded is text-file.ts's job; this module only opens and reads.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { DEFAULT_LIMITS, formatCount } from "../limits.js";
import { asFileError, FileError } from "./file-error.js";

export interface ReadInputOptions {
  /** Bytes read at most; a larger file, or one that grows past it while read, is refused. */
  maxBytes?: number;
}

// Non-blocking, so that opening a FIFO whose writer never comes cannot hang; never the
// controlling terminal. (Either may be absent on other platforms, hence the ?? 0.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 64 * 1024;

function kindOf(info: Stats): { vi: string; en: string } | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return { vi: "là một thư mục, không phải tệp: hãy chỉ ra một tệp", en: "is a folder, not a file: name a file" };
  if (info.isFIFO()) return { vi: "là một ống dẫn (FIFO), không phải tệp thường: không đọc", en: "is a pipe (FIFO), not a regular file: not read" };
  if (info.isSocket()) return { vi: "là một socket, không phải tệp thường: không đọc", en: "is a socket, not a regular file: not read" };
  if (info.isCharacterDevice() || info.isBlockDevice()) {
    return { vi: "là một thiết bị, không phải tệp thường: không đọc", en: "is a device, not a regular file: not read" };
  }
  return { vi: "không phải tệp thường: không đọc", en: "is not a regular file: not read" };
}

/** Throws a FileError unless `info` is a regular file no larger than the cap. */
function admit(info: Stats, path: string, maxBytes: number): void {
  const kind = kindOf(info);
  if (kind) throw new FileError(path, kind, "ENOTREG");
  if (info.size > maxBytes) throw tooLarge(path, maxBytes);
}

function tooLarge(path: string, maxBytes: number): FileError {
  const cap = `${formatCount(maxBytes)} bytes`;
  return new FileError(
    path,
    {
      vi: `tệp lớn hơn giới hạn ${cap} (maxInputBytes): chia nhỏ tệp hoặc nâng giới hạn`,
      en: `the file is larger than the limit of ${cap} (maxInputBytes): split it or raise the limit`,
    },
    "ETOOBIG",
  );
}

const capOf = (options: ReadInputOptions): number => options.maxBytes ?? DEFAULT_LIMITS.maxInputBytes;

/** The chunks read so far, refused as soon as they pass the cap (a file that grows while read). */
class CappedBytes {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;
  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
  ) {}

  /** A buffer for the next read: never more than one byte past the cap. */
  next(): Uint8Array {
    return new Uint8Array(Math.min(CHUNK, this.maxBytes + 1 - this.total));
  }

  /** Keeps the `n` bytes read into `chunk`; false at the end of the file. */
  keep(chunk: Uint8Array, n: number): boolean {
    if (n === 0) return false;
    this.total += n;
    if (this.total > this.maxBytes) throw tooLarge(this.path, this.maxBytes);
    this.chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    return true;
  }

  /** All of it, joined once at the end. */
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them. Checked before it is
 * opened (stat) and again on the open descriptor (a file swapped in between); read until its
 * end or the cap, whichever comes first. Errors are FileErrors naming `path`.
 */
export function readInputSync(path: string, options: ReadInputOptions = {}): Uint8Array {
  const maxBytes = capOf(options);
  let fd: number | undefined;
  try {
    admit(statSync(path), path, maxBytes);
    fd = openSync(path, OPEN_FLAGS);
    admit(fstatSync(fd), path, maxBytes);
    const read = new CappedBytes(path, maxBytes);
    for (let chunk = read.next(); read.keep(chunk, readSync(fd, chunk, 0, chunk.length, null)); chunk = read.next());
    return read.bytes();
  } catch (error) {
    throw asFileError(error, path, "read");
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The asynchronous twin of readInputSync (the batch reads inputs ahead while workers render). */
export async function readInput(path: string, options: ReadInputOptions = {}): Promise<Uint8Array> {
  const maxBytes = capOf(options);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    admit(await stat(path), path, maxBytes);
    handle = await open(path, OPEN_FLAGS);
    admit(await handle.stat(), path, maxBytes);
    const read = new CappedBytes(path, maxBytes);
    for (let chunk = read.next(); read.keep(chunk, (await handle.read(chunk, 0, chunk.length, null)).bytesRead); chunk = read.next());
    return read.bytes();
  } catch (error) {
    throw asFileError(error, path, "read");
  } finally {
    await handle?.close();
  }
}

/**
 * A stream's bytes (standard input), at most `maxBytes` of them: refused as soon as it passes the
 * cap, so an endless producer (`yes | vanban import -`) ends with a reason instead of filling memory.
 */
export async function readStreamInput(stream: AsyncIterable<Uint8Array>, path: string, options: ReadInputOptions = {}): Promise<Uint8Array> {
  const read = new CappedBytes(path, capOf(options));
  for await (const chunk of stream) read.keep(chunk, chunk.length);
  return read.bytes();
}
