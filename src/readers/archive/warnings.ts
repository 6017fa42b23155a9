import type { ImportWarning } from "./types.js";

/** Every warning the archive reader gives, by code: Vietnamese and English. */
const CATALOGUE = {
  "stamp-dropped": ["bỏ dấu công văn đến (không thuộc văn bản)", "dropped an incoming-document stamp (not part of the document)"],
  "markdown-heading": ["bỏ dấu tiêu đề markdown (#)", "removed markdown heading marks (#)"],
  "stray-star": ["bỏ dòng \"*\" lạc (không phải dấu dưới tên cơ quan Đảng)", "dropped a stray \"*\" line (not the Party separator)"],
  "markdown-rule": ["bỏ dòng kẻ ngang", "dropped a horizontal rule line"],
  "page-number": ["bỏ số trang của bản quét", "dropped a page number left by the scan"],
  "draft-mark": ["bỏ dấu \"dự thảo\"", "dropped a draft mark"],
  "signed-mark": ["bỏ ghi chú chữ ký (đã ký)", "dropped a signature note such as \"(Đã ký)\""],
  "subject-caps-line": [
    "bỏ dòng chữ in hoa giữa trích yếu (thường là dấu của nơi nhận)",
    "dropped a capitals line inside the subject (usually the receiving office's stamp)",
  ],
  "subject-caps-kept": [
    "giữ dòng chữ in hoa giữa trích yếu (không phải tên cơ quan); kiểm tra lại",
    "kept a capitals line inside the subject (it names no office); please check it",
  ],
  "cell-separator": ["bỏ dòng chỉ có dấu \"|\" (ranh giới ô của trang web)", "dropped a line holding only \"|\" (a web page's cell boundary)"],
  "page-flattened": ["tách dòng dài gồm cả trang (lớp chữ PDF bị dồn) theo các phần của đầu văn bản", "cut a line holding a whole flattened page at the header's elements"],
  "trailing-rule": ["bỏ dòng kẻ dính cuối dòng", "removed a rule fused to the end of the line"],
  "line-rejoined": ["nối dòng bị ngắt giữa cụm từ vào dòng trên", "joined this line, wrapped in mid-phrase, to the line above"],
  "number-year": ["số văn bản có năm (văn bản quy phạm pháp luật); năm không được lưu trong mô hình", "the number carries a year (a legal normative document); the model does not keep the year"],
  "symbol-hyphen": ["thêm dấu \"-\" bị mất giữa mã loại và cơ quan trong ký hiệu", "restored the hyphen lost between the type code and the issuer in the symbol"],
  "symbol-unreadable": ["không đọc được ký hiệu chắc chắn; để trống", "could not read the symbol with certainty; left empty"],
  "place-unreadable": ["địa danh đọc được không hợp lệ; để trống", "the place read is not a place name; left empty"],
  "word-split": ["tách từ bị dính do mất ngắt dòng", "split words fused by a lost line break"],
  "detached-marks": ["dấu thanh bị tách khỏi chữ (trang PDF bị dồn): không đọc được trích yếu; để trống", "tone marks detached from their letters (flattened PDF page): the subject cannot be read; left empty"],
  "kind-unsupported": ["loại văn bản này chưa có trong mô hình", "this document kind is not in the model yet"],
  "subject-without-kind": ["trích yếu đứng sau số và ngày, không có dòng tên loại", "a subject after the number and date, with no type-name line"],
  "header-cells": ["tách dòng đầu văn bản thành các cột", "split a header line into its columns"],
  "symbol-spaces": ["bỏ khoảng trắng trong số, ký hiệu", "removed spaces inside the number and symbol"],
  "number-slash-missing": ["thiếu dấu \"/\" giữa số và ký hiệu: đọc như có", "the \"/\" between the number and the symbol is missing: read as if it were there"],
  "number-label-missing": ["dòng số thiếu chữ \"Số:\" (dòng chỉ có \"/\" và ký hiệu): đọc là số để trống và ký hiệu", "the number line has no \"Số:\" (only \"/\" and a symbol): read as a blank number and its symbol"],
  "number-digits-unreadable": ["số văn bản không đọc được (viết tay?): để trống, giữ ký hiệu", "the number cannot be read (handwritten?): left empty, the symbol kept"],
  "number-colon": ["dòng số thiếu dấu \":\" sau \"Số\"", "the number line has no \":\" after \"Số\""],
  "number-blank": ["số văn bản để trống (bản chưa ban hành?)", "the number is blank (an unissued draft?)"],
  "number-unreadable": ["không đọc được số, ký hiệu", "could not read the number and symbol"],
  "date-fused": ["tách phần dính sau dòng ngày tháng", "split text fused to the end of the date line"],
  "date-invalid": ["ngày tháng không có thật trong lịch", "the date is not a real calendar date"],
  "date-unreadable": ["ngày, tháng không đọc được (viết tay?): để trống, giữ địa danh", "the day or month cannot be read (handwritten?): left empty, the place kept"],
  "date-blank": ["ngày tháng để trống (bản chưa ban hành?)", "the date is blank (an unissued draft?)"],
  "place-spelling": [
    "dùng chính tả địa danh của mặc định vì địa danh trong văn bản chỉ khác ở dấu",
    "the default's spelling of the place was used because the text's differs only in its diacritics",
  ],
  "place-differs": ["địa danh khác địa danh mặc định; giữ địa danh trong văn bản", "the place differs from the default; the text's place is kept"],
  "profile-differs": ["thể thức trong văn bản khác thể thức mặc định; theo văn bản", "the text points to another profile than the default; the text wins"],
  "type-code-differs": ["mã loại văn bản khác mã chuẩn của thể thức; giữ nguyên", "the type code differs from the profile's code for the kind; kept as written"],
  "kind-from-symbol": ["loại văn bản suy từ ký hiệu", "the kind was read from the symbol"],
  "paragraph-rejoined": ["nối đoạn văn bị ngắt giữa câu (ngắt trang)", "rejoined a paragraph split in mid-sentence (page break)"],
  "emphasis-skipped": ["dòng quá dài, nhiều dấu \"*\": giữ nguyên không đọc in đậm/nghiêng", "very long line with many \"*\": kept literally, emphasis not read"],
  "group-notes-mismatch": ["số ghi chú nhóm \"}\" không khớp nhóm nơi nhận", "the grouped notes (\"}\") do not match the recipient groups"],
  "recipient-continued": ["nối dòng nơi nhận bị ngắt", "joined a wrapped recipient line"],
  "unplaced-line": ["không xác định được vị trí; giữ trong nội dung", "could not place this line; kept in the body as text"],
  "duplicate-line": ["dòng lặp lại phần đã đọc; giữ trong nội dung", "repeats a part already read; kept in the body as text"],
  "signer-title": ["tên người ký có học hàm, học vị (R-SIG-2)", "the signer's name carries an academic title (R-SIG-2)"],
  "missing-profile": ["không xác định được thể thức", "could not tell the profile"],
  "missing-issuer": ["thiếu tên cơ quan ban hành", "the issuing body is missing"],
  "missing-number": ["thiếu số văn bản", "the number is missing"],
  "missing-symbol": ["thiếu ký hiệu văn bản", "the symbol is missing"],
  "missing-place": ["thiếu địa danh", "the place is missing"],
  "missing-date": ["thiếu ngày tháng", "the date is missing"],
  "missing-kind": ["thiếu tên loại văn bản", "the document kind is missing"],
  "missing-subject": ["thiếu trích yếu", "the subject is missing"],
  "missing-body": ["thiếu nội dung", "the body is missing"],
  "missing-recipients": ["thiếu nơi nhận", "the recipients (Nơi nhận) are missing"],
  "missing-archive": ["thiếu dòng \"Lưu\" ở nơi nhận", "the archive line (\"Lưu\") is missing"],
  "missing-signature": ["thiếu chữ ký", "the signature block is missing"],
  "missing-signer-title": ["thiếu chức vụ người ký", "the signer's title is missing"],
  "missing-signer-name": ["thiếu tên người ký", "the signer's name is missing"],
} as const satisfies Record<string, readonly [string, string]>;

export type WarningCode = keyof typeof CATALOGUE;

/** Collects warnings, each tied to a line of the input and that line's text as written. */
export class WarningLog {
  readonly items: ImportWarning[] = [];
  constructor(private readonly rawLines: readonly string[]) {}

  add(line: number, code: WarningCode, detail?: { vi: string; en: string }): void {
    const [vi, en] = CATALOGUE[code];
    const n = Math.min(Math.max(1, line), this.rawLines.length);
    this.items.push({
      line: n,
      text: this.rawLines[n - 1] ?? "",
      code,
      vi: detail ? `${vi}: ${detail.vi}` : vi,
      en: detail ? `${en}: ${detail.en}` : en,
    });
  }
}
