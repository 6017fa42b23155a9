import { upperVi } from "../text/case.js";
import type { Finding } from "./finding.js";
import type { RuleContext } from "./context.js";
import { loosePrefixPattern } from "./patterns.js";
import type { RuleId } from "./rules.js";
import { escapeRegExp, isCaps, lettersOf, nfc } from "./text.js";

/**
 * The signature block as lines, whether read from the model or from an archive's verbatim
 * lines, so that R-SIG-* and P-SIG-* judge both the same way.
 */
export interface SignatureLine {
  text: string;
  path: string;
  line?: number;
}

export interface SignatureShape {
  /** Authority and delegation lines in order ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"). */
  authority: SignatureLine[];
  title?: SignatureLine;
  name?: SignatureLine;
}

function where(l: SignatureLine): Pick<Finding, "path" | "line"> {
  return l.line === undefined ? { path: l.path } : { path: l.path, line: l.line };
}

/** A prefix-like opening ("TUQ.", "T/L", "Q.") that is not among the profile's prefixes. */
const PREFIX_LIKE = /^(\p{Lu}{1,3}(?:[./]\p{Lu}{1,3})*[./])\s*(?=\S)/u;

type PrefixReading =
  | { kind: "exact"; prefix: string; rest: string }
  | { kind: "loose"; prefix: string; rest: string; written: string }
  | { kind: "foreign"; written: string; rest: string }
  | { kind: "none" };

/** How a line opens: with one of the profile's prefixes, a misspelt one, a foreign one, or none. */
export function readPrefix(text: string, prefixes: readonly string[]): PrefixReading {
  const t = nfc(text).trim();
  for (const prefix of prefixes) {
    if (t.startsWith(`${prefix} `)) return { kind: "exact", prefix, rest: t.slice(prefix.length + 1).trim() };
  }
  for (const prefix of prefixes) {
    const m = loosePrefixPattern(prefix).exec(t);
    if (m) return { kind: "loose", prefix, rest: t.slice(m[0].length).trim(), written: m[0].trim() };
  }
  const m = PREFIX_LIKE.exec(t);
  if (m) return { kind: "foreign", written: m[1]!, rest: t.slice(m[0].length).trim() };
  return { kind: "none" };
}

/**
 * R-SIG-1 / P-SIG-1: the first authority line opens with one of the profile's prefixes
 * exactly ("TM." not "T/M" or "TM"), later lines that carry a prefix use it exactly too, and
 * the authority and title lines are in capitals (R-SIG-1).
 */
export function authorityPrefixes(ctx: RuleContext, shape: SignatureShape, rule: RuleId, requireCaps: boolean): Finding[] {
  const prefixes = ctx.profile.signature.prefixes;
  const list = prefixes.join(", ");
  const out: Finding[] = [];
  shape.authority.forEach((l, i) => {
    const reading = readPrefix(l.text, prefixes);
    if (reading.kind === "loose") {
      const expected = `${reading.prefix} ${reading.rest}`;
      out.push(
        ctx.finding(rule, {
          ...where(l),
          message: {
            vi: `Tiền tố thẩm quyền ký viết đúng "${reading.prefix}" (có ${/\//u.test(reading.prefix) ? "gạch chéo" : "dấu chấm"}), rồi một dấu cách`,
            en: `The authority prefix is written "${reading.prefix}" exactly, then one space`,
          },
          expected,
          actual: l.text,
          fix: `Sửa thành "${expected}".`,
        }),
      );
    } else if (reading.kind === "foreign" || (reading.kind === "none" && i === 0)) {
      out.push(
        ctx.finding(rule, {
          ...where(l),
          message: {
            vi: `Dòng thẩm quyền ký bắt đầu bằng một trong các tiền tố: ${list}`,
            en: `An authority line opens with one of the prefixes: ${list}`,
          },
          expected: `${list} + TÊN`,
          actual: l.text,
          fix:
            reading.kind === "foreign"
              ? `"${reading.written}" không dùng trong hồ sơ ${ctx.profile.id}; dùng một trong ${list}.`
              : `Thêm tiền tố phù hợp, ví dụ "${prefixes[0]} ${l.text.trim()}".`,
        }),
      );
    } else if (reading.kind === "exact" && requireCaps && !isCaps(reading.rest)) {
      const expected = `${reading.prefix} ${upperVi(reading.rest)}`;
      out.push(capsFinding(ctx, rule, l, expected));
    }
  });
  if (requireCaps && shape.title && !isCaps(shape.title.text)) {
    out.push(capsFinding(ctx, rule, shape.title, upperVi(shape.title.text)));
  }
  return out;
}

function capsFinding(ctx: RuleContext, rule: RuleId, l: SignatureLine, expected: string): Finding {
  return ctx.finding(rule, {
    ...where(l),
    message: { vi: "Dòng thẩm quyền và chức vụ người ký viết in hoa", en: "Authority and title lines are in capitals" },
    expected,
    actual: l.text,
    fix: `Viết in hoa: "${expected}".`,
  });
}

/** R-SIG-2: no academic title or degree (profile.forbiddenNamePrefixes) on the signer's name. */
export function academicTitles(ctx: RuleContext, shape: SignatureShape): Finding[] {
  const name = shape.name;
  if (!name) return [];
  const forbidden = ctx.profile.forbiddenNamePrefixes.map((p) => ({ prefix: p, letters: lettersOf(p).toLocaleLowerCase("vi") }));
  // "PGS.TS. Nguyễn Văn A", "TS Nguyễn Văn A", "Nguyễn Văn A, ThS.": every piece between spaces, dots and commas.
  const pieces = nfc(name.text).split(/[\s.,]+/u).filter(Boolean);
  const found = pieces.filter((p) => forbidden.some((f) => f.letters === p.toLocaleLowerCase("vi")));
  if (found.length === 0) return [];
  const bare = nfc(name.text)
    .split(/\s+/u)
    .filter((w) => !w.split(/[.,]+/u).filter(Boolean).every((p) => forbidden.some((f) => f.letters === p.toLocaleLowerCase("vi"))))
    .join(" ")
    .replace(/(?<![,\s])[,\s]+$/u, "");
  return [
    ctx.finding("R-SIG-2", {
      ...where(name),
      message: {
        vi: `Không ghi học hàm, học vị trước tên người ký (${found.join(", ")})`,
        en: `No academic title or degree with the signer's name (${found.join(", ")})`,
      },
      expected: bare,
      actual: name.text,
      fix: `Ghi tên "${bare}".`,
    }),
  ];
}

function hasRole(shape: SignatureShape, prefix: string, prefixes: readonly string[]): SignatureLine | undefined {
  return shape.authority.find((l) => {
    const r = readPrefix(l.text, prefixes);
    return (r.kind === "exact" || r.kind === "loose") && r.prefix === prefix;
  });
}

/** R-SIG-3 (nd30): a deputy signing under "TM." signs through a "KT. <HEAD>" line. */
export function deputyUnderCollective(ctx: RuleContext, shape: SignatureShape): Finding[] {
  const { roles, deputyWord } = ctx.terms;
  const prefixes = ctx.profile.signature.prefixes;
  const title = shape.title;
  if (!title || !hasRole(shape, roles.collective, prefixes) || hasRole(shape, roles.deputy, prefixes)) return [];
  const m = new RegExp(`^${escapeRegExp(deputyWord)}\\s+(.+)$`, "u").exec(upperVi(title.text.trim()));
  if (!m) return [];
  const expected = `${roles.deputy} ${m[1]!}`;
  return [
    ctx.finding("R-SIG-3", {
      ...where(title),
      message: {
        vi: `Cấp phó ký thay mặt tập thể thì có dòng "${expected}" trước chức vụ`,
        en: `A deputy signing for a collective signs through a "${expected}" line before the title`,
      },
      expected,
      actual: title.text,
      fix: `Thêm dòng "${expected}" trước dòng "${title.text}".`,
    }),
  ];
}

/** P-SIG-1 (second half): the Party title line carries no committee name ("BÍ THƯ", not "BÍ THƯ TỈNH ỦY"). */
export function partyTitleBare(ctx: RuleContext, shape: SignatureShape, issuerBody: readonly string[]): Finding[] {
  const title = shape.title;
  if (!title) return [];
  const t = upperVi(title.text.trim());
  // What follows T/M or T/L names the collective; what follows K/T is the head's title ("TRƯỞNG BAN").
  const collectives = shape.authority
    .map((l) => readPrefix(l.text, ctx.profile.signature.prefixes))
    .flatMap((r) => ((r.kind === "exact" || r.kind === "loose") && r.prefix !== ctx.terms.roles.deputy ? [upperVi(r.rest)] : []));
  const titleWords = t.split(/\s+/u);
  // The title ends with the opening words of the issuer's name ("… TỈNH ỦY" for "TỈNH ỦY THỪA THIÊN HUẾ").
  const endsWithIssuer = issuerBody.some((line) => {
    const words = upperVi(line).split(/\s+/u);
    for (let n = Math.min(words.length, titleWords.length - 1); n >= 2; n--) {
      if (titleWords.slice(-n).join(" ") === words.slice(0, n).join(" ")) return true;
    }
    return false;
  });
  const namesCollective = collectives.some((c) => c.length > 0 && t.includes(c));
  if (!endsWithIssuer && !namesCollective) return [];
  return [
    ctx.finding("P-SIG-1", {
      ...where(title),
      message: {
        vi: "Dòng chức vụ người ký văn bản Đảng không ghi kèm tên cơ quan",
        en: "A Party signer's title line carries no committee name",
      },
      expected: "chức vụ không kèm tên cấp ủy (ví dụ BÍ THƯ)",
      actual: title.text,
      fix: "Bỏ tên cấp ủy/cơ quan khỏi dòng chức vụ.",
    }),
  ];
}

/** P-SIG-2: a Party committee or its standing committee signs "T/M …" with the signer's own title, never "K/T". */
export function partyCommitteeNoDeputy(ctx: RuleContext, shape: SignatureShape, issuerBody: readonly string[]): Finding[] {
  const { roles, committeeWords } = ctx.terms;
  const prefixes = ctx.profile.signature.prefixes;
  const deputyLine = hasRole(shape, roles.deputy, prefixes);
  if (!deputyLine) return [];
  const underCollective = hasRole(shape, roles.collective, prefixes) !== undefined;
  const committee = issuerBody.some((line) => upperVi(line).split(/\s+/u).some((w) => committeeWords.includes(w)));
  if (!underCollective && !committee) return [];
  return [
    ctx.finding("P-SIG-2", {
      ...where(deputyLine),
      message: {
        vi: `Cấp ủy, ban thường vụ không ký "${roles.deputy}"; ký "${roles.collective} …" với chức vụ của người ký`,
        en: `A Party committee never signs "${roles.deputy}"; it signs "${roles.collective} …" with the signer's own title`,
      },
      expected: `${roles.collective} <TẬP THỂ> / <CHỨC VỤ NGƯỜI KÝ>`,
      actual: deputyLine.text,
      fix: `Bỏ dòng "${deputyLine.text}"; người ký ghi chức vụ của mình dưới dòng "${roles.collective} …".`,
    }),
  ];
}
