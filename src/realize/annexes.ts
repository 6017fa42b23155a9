import type { Document } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { kindName } from "../model/kinds.js";
import { toRoman } from "../text/labels.js";
import { formatDateWords } from "../text/date.js";
import { realizeBlocks } from "./body.js";
import { inline, plain, upperRuns } from "./text.js";
import type { PrintedAnnex } from "./printed.js";
import { numberLineOf } from "./symbol.js";

/** "(Kèm theo Kế hoạch số 38/KH-LĐLĐ ngày 01 tháng 4 năm 2022 của Liên đoàn Lao động tỉnh Lai Châu)". */
function attachedLine(doc: Document, profile: Profile): string {
  const number = numberLineOf(doc, profile).slice(profile.number.prefix.length);
  const date = formatDateWords(doc.date, profile.date).replace(/^ngày\s*/u, "");
  return profile.annex.attached
    .replace("{kind}", kindName(doc.kind))
    .replace("{number}", number)
    .replace("{date}", date)
    .replace("{issuer}", doc.issuer.body.join(" "));
}

/** Annexes (R-APX-1): Roman numbers when there are two or more; one annex is "Phụ lục" alone. */
export function realizeAnnexes(doc: Document, profile: Profile): PrintedAnnex[] {
  const annexes = doc.annexes ?? [];
  return annexes.map((annex, i) => {
    const at = `annexes[${i}]`;
    const number = annex.label ?? (annexes.length > 1 ? toRoman(i + 1) : "");
    const label = number ? `${profile.annex.label} ${number}` : profile.annex.label;
    return {
      label: plain(label, "annexLabel", annex.label ? `${at}.label` : "generated"),
      title: upperRuns(inline(annex.title, "annexTitle", `${at}.title`)),
      attached: plain(annex.attached ?? attachedLine(doc, profile), "annexAttached", annex.attached ? `${at}.attached` : "generated"),
      orientation: annex.orientation ?? "portrait",
      body: realizeBlocks(annex.body, profile, `${at}.body`, ""),
    };
  });
}
