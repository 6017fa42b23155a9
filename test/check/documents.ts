import type { Document } from "../../src/model/document.js";
import { parseDocument } from "../../src/model/parse.js";

/** Correctly built documents, one per profile (and a công văn), that the checker must pass. */

export const NOW = new Date("2025-01-01T00:00:00Z");

export function unionGuide(): Document {
  return parseDocument({
    profile: "union",
    kind: "huong-dan",
    issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
    number: 60,
    symbol: { issuer: "LĐLĐ" },
    place: "Lai Châu",
    date: "2022-04-01",
    subject: "Thực hiện chủ đề hoạt động công đoàn năm 2022",
    body: [
      { type: "basis", content: "Căn cứ Hướng dẫn số 53/HD-TLĐ, ngày 28/3/2022 của Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Lao động tỉnh hướng dẫn như sau:" },
      { type: "heading", level: 1, label: "I", content: "CÁC CHỈ TIÊU" },
      { type: "paragraph", content: "Thực hiện theo Quyết định số 710/QĐ-LĐLĐ, ngày 08/2/2022 của Liên đoàn Lao động tỉnh." },
      { type: "heading", level: 1, label: "II", content: "NỘI DUNG" },
      { type: "heading", level: 2, label: "1", titled: true, content: "Về chăm lo việc làm, đời sống" },
      { type: "heading", level: 3, label: "1.1", titled: false, content: "Tiếp tục phối hợp rà soát tình hình đời sống, việc làm của người lao động." },
      { type: "heading", level: 3, label: "1.2", titled: false, content: "Chủ động nghiên cứu, lấy ý kiến đoàn viên." },
      { type: "item", marker: "-", content: [{ text: "Đẩy mạnh " }, { text: "kiểm tra, giám sát", bold: true }, { text: " việc thực hiện chính sách." }] },
      { type: "item", marker: "+", content: "Ban Tuyên giáo và Nữ công chủ trì." },
      { type: "heading", level: 2, label: "2", titled: true, content: "Phát triển đoàn viên" },
      { type: "heading", level: 3, label: "2.1", titled: true, content: "Rà soát, củng cố" },
      { type: "heading", level: 4, label: "a", content: "Rà soát số lượng đoàn viên;" },
      { type: "heading", level: 4, label: "b", content: "Thành lập công đoàn cơ sở." },
      { type: "heading", level: 1, label: "III", content: "TỔ CHỨC THỰC HIỆN" },
      { type: "paragraph", content: "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Liên đoàn Lao động tỉnh để xem xét, bổ sung kịp thời." },
    ],
    recipients: {
      items: [
        { name: "Tổng LĐLĐ Việt Nam", note: "b/c" },
        { name: "Thường trực LĐLĐ tỉnh" },
        { note: "Để thực hiện", items: [{ name: "Các Ban LĐLĐ tỉnh" }, { name: "LĐLĐ huyện, TP, CĐN" }] },
      ],
      archive: { units: ["CSPL&QHLĐ"] },
    },
    signature: { authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Thị Thiện" },
  });
}

export function unionLetter(): Document {
  return parseDocument({
    profile: "union",
    kind: "cong-van",
    issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
    number: 18,
    symbol: { issuer: "LĐLĐ", unit: "VP" },
    place: "Lai Châu",
    date: "2023-10-25",
    subject: "báo cáo hoạt động công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024",
    kinhGui: ["Liên đoàn Lao động các huyện, thành phố", "Các Công đoàn Ngành, Công đoàn Viên chức"],
    body: [
      { type: "paragraph", content: "Thực hiện Công văn số 7735/TLĐ-VP ngày 24/10/2023 của Tổng LĐLĐ Việt Nam, Ban Thường vụ LĐLĐ tỉnh đề nghị các đơn vị báo cáo như sau:" },
      { type: "heading", level: 1, label: "I", content: "VỀ TÌNH HÌNH CNVCLĐ" },
      { type: "paragraph", content: "Khái quát tình hình việc làm, đời sống của người lao động." },
      { type: "heading", level: 1, label: "II", content: "NHIỆM VỤ TRỌNG TÂM NĂM 2024" },
      { type: "paragraph", content: "Các đơn vị gửi báo cáo về LĐLĐ tỉnh chậm nhất ngày 05/11/2023." },
    ],
    recipients: {
      items: [{ name: "Như trên" }, { name: "Thường trực LĐLĐ tỉnh" }],
      archive: { units: [] },
    },
    signature: { authority: ["TM. BAN THƯỜNG VỤ"], title: "PHÓ CHỦ TỊCH", name: "Lương Xuân Trường" },
  });
}

export function nd30Plan(): Document {
  return parseDocument({
    profile: "nd30",
    kind: "ke-hoach",
    issuer: { superior: ["BỘ NỘI VỤ"], body: ["CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC"] },
    number: 5,
    symbol: { issuer: "CVTLT" },
    place: "Hà Nội",
    date: "2020-01-05",
    subject: "Tổ chức tập huấn nghiệp vụ văn thư năm 2020",
    body: [
      { type: "heading", level: 1, label: "I", content: "MỤC ĐÍCH, YÊU CẦU" },
      { type: "heading", level: 2, label: "1", titled: false, content: "Nâng cao nghiệp vụ cho công chức làm công tác văn thư." },
      { type: "heading", level: 2, label: "2", titled: false, content: "Bảo đảm thiết thực, tiết kiệm theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020." },
      { type: "heading", level: 1, label: "II", content: "NỘI DUNG" },
      { type: "heading", level: 2, label: "1", titled: true, content: "Thể thức văn bản" },
      { type: "heading", level: 3, label: "1.1", titled: true, content: "Số, ký hiệu" },
      { type: "heading", level: 4, label: "a", content: "Cách ghi số;" },
      { type: "heading", level: 4, label: "b", content: "Cách ghi ký hiệu;" },
      { type: "heading", level: 4, label: "c", content: "Cách ghi ngày;" },
      { type: "heading", level: 4, label: "d", content: "Cách ghi địa danh;" },
      { type: "heading", level: 4, label: "đ", content: "Cách ghi trích yếu;" },
      { type: "heading", level: 4, label: "e", content: "Cách ghi nơi nhận." },
      { type: "heading", level: 1, label: "III", content: "TỔ CHỨC THỰC HIỆN" },
      { type: "paragraph", content: "Văn phòng Cục chủ trì, phối hợp với các đơn vị tổ chức thực hiện Kế hoạch này." },
    ],
    recipients: {
      items: [{ name: "Cục trưởng", note: "để báo cáo" }, { name: "Các đơn vị thuộc Cục" }],
      archive: { units: ["VP"], drafter: "HTT", copies: 10 },
    },
    signature: { authority: ["KT. CỤC TRƯỞNG"], title: "PHÓ CỤC TRƯỞNG", name: "Nguyễn Văn A" },
  });
}

export function partyPlan(): Document {
  return parseDocument({
    profile: "party",
    kind: "ke-hoach",
    issuer: { body: ["TỈNH ỦY THỪA THIÊN HUẾ"] },
    number: 24,
    symbol: { issuer: "TU" },
    place: "Thừa Thiên Huế",
    date: "2021-11-15",
    subject: "thực hiện Nghị quyết 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới",
    body: [
      { type: "paragraph", content: "Thực hiện Nghị quyết 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện như sau:" },
      { type: "heading", level: 1, label: "I", content: "MỤC ĐÍCH, YÊU CẦU" },
      { type: "item", marker: "-", content: "Nâng cao nhận thức của cấp ủy, chính quyền về vai trò của giai cấp công nhân." },
      { type: "heading", level: 1, label: "II", content: "TỔ CHỨC THỰC HIỆN" },
      { type: "heading", level: 2, label: "1", titled: false, content: "Các đảng đoàn, ban cán sự đảng tổ chức quán triệt Nghị quyết." },
      { type: "heading", level: 2, label: "2", titled: false, content: "Ban Dân vận Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy." },
    ],
    recipients: {
      items: [{ name: "Ban Bí thư Trung ương" }, { name: "Văn phòng Trung ương" }, { name: "Các đ/c Tỉnh ủy viên" }],
      archive: { units: ["VPTU"] },
    },
    signature: { authority: ["T/M BAN THƯỜNG VỤ"], title: "PHÓ BÍ THƯ THƯỜNG TRỰC", name: "Phan Ngọc Thọ" },
  });
}

/** A deep copy to mutate into a failing case. */
export function edit<T>(doc: T, change: (d: T) => void): T {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}
