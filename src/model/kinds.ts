import { z } from "zod";

/**
 * Document kinds. The key is a stable ASCII id; the Vietnamese type name is what prints
 * (in caps) above the subject. Type codes per profile live in layouts/, not here.
 */
export const KIND_NAMES = {
  "nghi-quyet": "Nghị quyết",
  "quyet-dinh": "Quyết định",
  "quy-dinh": "Quy định",
  "quy-che": "Quy chế",
  "chi-thi": "Chỉ thị",
  "ket-luan": "Kết luận",
  "thong-bao": "Thông báo",
  "thong-cao": "Thông cáo",
  "thong-tri": "Thông tri",
  "huong-dan": "Hướng dẫn",
  "chuong-trinh": "Chương trình",
  "ke-hoach": "Kế hoạch",
  "phuong-an": "Phương án",
  "de-an": "Đề án",
  "du-an": "Dự án",
  "bao-cao": "Báo cáo",
  "bien-ban": "Biên bản",
  "to-trinh": "Tờ trình",
  "cong-van": "Công văn",
  // Types QĐ 399-QĐ/TW (2026) adds for Party bodies (profile party-2026).
  "giay-moi": "Giấy mời",
  "phieu-chuyen": "Phiếu chuyển",
  "thu-cong": "Thư công",
} as const;

export type KindId = keyof typeof KIND_NAMES;
export const KIND_IDS = Object.keys(KIND_NAMES) as [KindId, ...KindId[]];
export const KindSchema = z.enum(KIND_IDS);

/** A công văn has no type-name line; its subject is the "V/v" summary under the number. */
export function isCongVan(kind: KindId): boolean {
  return kind === "cong-van";
}

export function kindName(kind: KindId): string {
  return KIND_NAMES[kind];
}

/** Finds a kind by its Vietnamese name in any case ("KẾ HOẠCH", "Kế hoạch"). */
export function kindFromName(name: string): KindId | undefined {
  const wanted = name.normalize("NFC").trim().toLocaleLowerCase("vi");
  for (const id of KIND_IDS) {
    if (KIND_NAMES[id].toLocaleLowerCase("vi") === wanted) return id;
  }
  return undefined;
}
