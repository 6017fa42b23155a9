/**
 * The header fields of document text: their names (English, then Vietnamese), whether they
 * may hold several values, whether they are required, and the model path each one fills.
 */
export type FieldId =
  | "profile"
  | "kind"
  | "superior"
  | "issuer"
  | "number"
  | "symbol"
  | "unit"
  | "typeCode"
  | "place"
  | "date"
  | "subject"
  | "kinhGui"
  | "recipient"
  | "archive"
  | "drafter"
  | "copies"
  | "authority"
  | "delegation"
  | "title"
  | "name"
  | "urgency"
  | "circulation"
  | "footer";

export interface FieldSpec {
  id: FieldId;
  /** Accepted keys; the first is the canonical English one, the second the Vietnamese one. */
  names: readonly string[];
  /** Several values: repeat the key, or separate values with " | " on one line. */
  repeat: boolean;
  /** Must appear in the header (Number and Date may be left empty for an unissued draft). */
  required: boolean;
  /** Where the value lands in the Document, for error messages. */
  path: string;
}

export const FIELDS: readonly FieldSpec[] = [
  { id: "profile", names: ["Profile", "Thể thức"], repeat: false, required: true, path: "profile" },
  { id: "kind", names: ["Kind", "Loại văn bản", "Loại"], repeat: false, required: true, path: "kind" },
  { id: "superior", names: ["Superior", "Cơ quan cấp trên"], repeat: true, required: false, path: "issuer.superior" },
  { id: "issuer", names: ["Issuer", "Cơ quan ban hành"], repeat: true, required: true, path: "issuer.body" },
  { id: "number", names: ["Number", "Số"], repeat: false, required: true, path: "number" },
  { id: "symbol", names: ["Symbol", "Ký hiệu"], repeat: false, required: true, path: "symbol.issuer" },
  { id: "unit", names: ["Unit", "Đơn vị soạn thảo"], repeat: false, required: false, path: "symbol.unit" },
  { id: "typeCode", names: ["Type code", "Mã loại"], repeat: false, required: false, path: "symbol.typeCode" },
  { id: "place", names: ["Place", "Địa danh"], repeat: false, required: true, path: "place" },
  { id: "date", names: ["Date", "Ngày"], repeat: false, required: true, path: "date" },
  { id: "subject", names: ["Subject", "Trích yếu"], repeat: false, required: true, path: "subject" },
  { id: "kinhGui", names: ["To", "Kính gửi"], repeat: true, required: false, path: "kinhGui" },
  { id: "recipient", names: ["Recipient", "Nơi nhận"], repeat: true, required: false, path: "recipients.items" },
  { id: "archive", names: ["Archive", "Lưu"], repeat: true, required: false, path: "recipients.archive.units" },
  { id: "drafter", names: ["Drafter", "Người soạn thảo"], repeat: false, required: false, path: "recipients.archive.drafter" },
  { id: "copies", names: ["Copies", "Số bản"], repeat: false, required: false, path: "recipients.archive.copies" },
  { id: "authority", names: ["Authority", "Thẩm quyền ký"], repeat: true, required: false, path: "signature.authority" },
  { id: "delegation", names: ["Delegation", "Ký thay"], repeat: false, required: false, path: "signature.delegation" },
  { id: "title", names: ["Title", "Chức vụ"], repeat: false, required: true, path: "signature.title" },
  { id: "name", names: ["Signer", "Người ký", "Name"], repeat: false, required: true, path: "signature.name" },
  { id: "urgency", names: ["Urgency", "Độ khẩn"], repeat: false, required: false, path: "urgency" },
  { id: "circulation", names: ["Circulation", "Phạm vi lưu hành"], repeat: false, required: false, path: "circulation" },
  { id: "footer", names: ["Footer", "Thông tin liên hệ"], repeat: true, required: false, path: "footer" },
];

/**
 * A key folded for comparison: no diacritics, đ → d, lower case, no spaces, hyphens or
 * underscores. "Kính gửi", "kinh gui" and "KINH-GUI" are the same key.
 */
export function foldKey(key: string): string {
  return key
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

const BY_KEY = new Map<string, FieldSpec>();
for (const field of FIELDS) {
  for (const name of field.names) {
    const folded = foldKey(name);
    const taken = BY_KEY.get(folded);
    if (taken && taken !== field) throw new Error(`header key "${name}" is ambiguous (${taken.id}, ${field.id})`);
    BY_KEY.set(folded, field);
  }
}

export function fieldForKey(key: string): FieldSpec | undefined {
  return BY_KEY.get(foldKey(key));
}

/** "Subject (Trích yếu)", for messages. */
export function fieldLabel(field: FieldSpec): string {
  return `${field.names[0]} (${field.names[1]})`;
}

/** A body line after this separator; the header comes before it. */
export const SEPARATOR = /^\s*-{3,}\s*$/;

/** Several values on one line of a repeatable field. */
export const VALUE_SEPARATOR = " | ";
