// File-system failures as a person can act on them: what happened to which path, and what to do,
// in Vietnamese and English (issue 14: no raw ENOSPC without a file, no English-only ENOENT).

/** Reading or writing: the same code asks for a different remedy. */
export type FileAction = "read" | "write";

/** A file that cannot be read or written; its message is bilingual and names the path. */
export class FileError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly path: string,
    reason: { vi: string; en: string },
    readonly code?: string,
  ) {
    super(`${path}: ${reason.vi} / ${reason.en}`);
    this.name = "FileError";
    this.vi = reason.vi;
    this.en = reason.en;
  }
}

const REASONS: Record<string, (action: FileAction) => { vi: string; en: string }> = {
  ENOENT: (a) =>
    a === "read"
      ? { vi: "không tìm thấy tệp (hoặc liên kết hỏng): kiểm tra đường dẫn", en: "file not found (or a broken link): check the path" }
      : { vi: "thư mục chứa không tồn tại: tạo thư mục hoặc sửa đường dẫn", en: "its folder does not exist: create it or fix the path" },
  ENOTDIR: () => ({ vi: "một phần của đường dẫn không phải thư mục: sửa đường dẫn", en: "a part of the path is not a folder: fix the path" }),
  EISDIR: () => ({ vi: "là một thư mục, không phải tệp: hãy chỉ ra một tệp", en: "is a folder, not a file: name a file" }),
  EACCES: (a) =>
    a === "read"
      ? { vi: "không có quyền đọc: cấp quyền đọc hoặc chọn tệp khác", en: "permission denied: grant read access or choose another file" }
      : { vi: "không có quyền ghi: cấp quyền ghi hoặc chọn thư mục khác", en: "permission denied: grant write access or choose another folder" },
  EROFS: () => ({ vi: "ổ đĩa chỉ cho đọc: ghi ra thư mục khác", en: "read-only file system: write to another folder" }),
  ENOSPC: () => ({ vi: "hết dung lượng ổ đĩa: giải phóng chỗ trống hoặc ghi ra ổ khác", en: "no space left on the device: free some space or write elsewhere" }),
  EDQUOT: () => ({ vi: "vượt hạn mức dung lượng: giải phóng chỗ trống hoặc ghi ra ổ khác", en: "disk quota exceeded: free some space or write elsewhere" }),
  ENAMETOOLONG: () => ({ vi: "tên tệp hoặc đường dẫn quá dài: đặt tên ngắn hơn", en: "file name or path too long: use a shorter name" }),
  ELOOP: () => ({ vi: "liên kết tượng trưng vòng quanh: sửa liên kết", en: "symbolic links loop: fix the link" }),
  EMFILE: () => ({ vi: "mở quá nhiều tệp cùng lúc: dùng ít luồng hơn (--jobs)", en: "too many open files: use fewer jobs (--jobs)" }),
  ENFILE: () => ({ vi: "hệ thống mở quá nhiều tệp: thử lại sau", en: "too many open files in the system: try again later" }),
  EBUSY: () => ({ vi: "tệp đang bận: đóng chương trình đang dùng nó", en: "the file is busy: close the program using it" }),
  ENXIO: () => ({ vi: "không phải tệp thường (socket hoặc thiết bị): hãy chỉ ra một tệp", en: "not a regular file (a socket or a device): name a file" }),
  EIO: () => ({ vi: "lỗi vào/ra của ổ đĩa: kiểm tra ổ đĩa", en: "input/output error: check the disk" }),
};
REASONS.EPERM = REASONS.EACCES!;

/** The bilingual reason for a file-system error code, or undefined for a code it does not know. */
export function fileReason(code: string | undefined, action: FileAction): { vi: string; en: string } | undefined {
  return code ? REASONS[code]?.(action) : undefined;
}

/**
 * The error as a FileError naming `path` (the file the user named, not a temporary name),
 * when it is a file-system error; anything else unchanged.
 */
export function asFileError(error: unknown, path: string, action: FileAction): unknown {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = fileReason(code, action);
  if (!reason) {
    if (!code) return error;
    const detail = (error as Error).message;
    return new FileError(path, { vi: `không ${action === "read" ? "đọc" : "ghi"} được (${detail})`, en: `cannot ${action} it (${detail})` }, code);
  }
  return new FileError(path, reason, code);
}
