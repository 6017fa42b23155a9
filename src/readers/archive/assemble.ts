import type { Block, DocSymbol, Issuer, Recipients } from "../../model/document.js";
import type { KindId } from "../../model/kinds.js";
import type { SourceLine, SourceLines } from "../../model/source.js";
import { defaultProfileOf, listProfiles, loadProfile, type ProfileSources } from "../../layout/load.js";
import type { Profile } from "../../layout/schema.js";
import type { BodyReading } from "./body.js";
import type { ClosingReading } from "./closing.js";
import type { HeaderReading } from "./header.js";
import { foldVi, type ArchiveLine } from "./lines.js";
import { profileEvidence, profileFromEvidence } from "./profile.js";
import { groupRecipients } from "./recipients.js";
import { assembleSignature } from "./signature.js";
import { kindForCode, knownTypeCodes, readSymbol } from "./symbol.js";
import { hasDetachedMarks, splitFusedWords } from "./rewrap.js";
import { subjectText } from "./title.js";
import type { FieldName, FieldOrigins, ImportDefaults, PartialDocument } from "./types.js";
import type { WarningCode, WarningLog } from "./warnings.js";

export interface Readings {
  header: HeaderReading;
  body: BodyReading;
  /** Blocks for lines the reader could not place, appended after the body. */
  looseBlocks: Block[];
  closing: ClosingReading;
  /** The first and last non-empty lines, for warnings about what is missing. */
  firstLine: number;
  lastLine: number;
}

/** Every known profile: layouts/ and the caller's (loadProfile caches them). */
function allProfiles(sources: ProfileSources): Profile[] {
  return listProfiles(sources).map((p) => loadProfile(p.id, sources));
}

let bundledTypeCodes: Set<string> | undefined;
/** Type codes of every known profile; those of layouts/ alone are read once. */
function allTypeCodes(sources: ProfileSources): Set<string> {
  if (sources.layouts !== undefined) return knownTypeCodes(allProfiles(sources));
  bundledTypeCodes ??= knownTypeCodes(allProfiles(sources));
  return bundledTypeCodes;
}

const ORGAN_TYPE = /^(?:[UỦ][ỶY] BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND)$/u;
const PLACE_LINE = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG) (?![UỦ][ỶY]\b)\S/u;

function issuerFromLines(lines: readonly ArchiveLine[]): Issuer | undefined {
  const names = lines.filter((l) => l.plain !== "");
  if (names.length === 0) return undefined;
  // Markdown bold marks the issuing body; the superior body above it is plain (spec §2.3).
  const bold = names.map((l) => l.text.startsWith("**"));
  const firstBold = bold.indexOf(true);
  if (firstBold > 0 && !bold.every(Boolean)) {
    return { superior: names.slice(0, firstBold).map((l) => l.plain), body: names.slice(firstBold).map((l) => l.plain) };
  }
  return issuerOfPlainLines(names.map((l) => l.plain));
}

/** The issuer's lines without bold (plain text, OCR): which name the superior body, which the issuing body. */
export function issuerOfPlainLines(names: readonly string[]): Issuer {
  if (names.length === 1) return { body: [names[0]!] };
  // "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU" is one issuing body written on two lines, not a
  // superior body and an issuing body: the second line only names the place.
  // "THƯỜNG TRỰC" / "HĐND - UBND TỈNH HÒA BÌNH": the standing body of the organ named below, one name.
  if (names.length === 2 && ((ORGAN_TYPE.test(names[0]!) && PLACE_LINE.test(names[1]!)) || /^THƯỜNG TRỰC$/u.test(names[0]!))) {
    return { body: [...names] };
  }
  return { superior: [names[0]!], body: names.slice(1) };
}

function sourceLine(l: ArchiveLine | undefined): SourceLine | undefined {
  return l ? { line: l.line, text: l.raw } : undefined;
}

function sourceLines(lines: readonly ArchiveLine[]): SourceLine[] | undefined {
  return lines.length ? lines.map((l) => ({ line: l.line, text: l.raw })) : undefined;
}

/**
 * Builds the document from what was read, taking each missing field from the defaults, and
 * records where every field came from. Nothing is invented: a field neither the text nor the
 * defaults hold is left out, with a warning, and validation names it.
 */
export function assemble(
  r: Readings,
  given: ImportDefaults,
  log: WarningLog,
  sources: ProfileSources = {},
): { document: PartialDocument; fields: FieldOrigins; source: SourceLines } {
  const { header, body, closing } = r;
  const doc: Record<string, unknown> = {};
  const fields: FieldOrigins = {};
  let defaults = given;
  /** Why a default was not applied, by field. */
  const withheld = new Map<FieldName, { vi: string; en: string }>();
  const fromText = (name: FieldName, value: unknown) => {
    doc[name] = value;
    fields[name] = "text";
  };
  /** Takes a field the text lacks from the defaults, or reports it missing at `line`. */
  const fallback = (name: FieldName, code: WarningCode | undefined, line: number) => {
    const supplied = defaults[name] !== undefined;
    const detail = supplied ? { vi: "lấy từ mặc định", en: "taken from the defaults" } : withheld.get(name);
    if (code) log.add(line, code, detail);
    if (supplied) {
      doc[name] = defaults[name];
      fields[name] = "default";
    } else fields[name] = "missing";
  };

  // Profile: the text's evidence names a family; the defaults' profile is used when it is of
  // that family (a province's union variant), else the family's default; then the state's.
  const evidence = profileEvidence(header, closing.signature);
  const textFamily = profileFromEvidence(evidence);
  const wanted = defaults.profile !== undefined ? loadProfile(defaults.profile, sources) : undefined;
  let profileId: string;
  if (textFamily) {
    profileId = wanted?.family === textFamily ? wanted.id : defaultProfileOf(textFamily, sources);
    fromText("profile", profileId);
    if (wanted && wanted.family !== textFamily) {
      const shown = evidence.find((e) => e.profile === textFamily)!;
      log.add(shown.line, "profile-differs", {
        vi: `${profileId} (${shown.reason}), mặc định ${wanted.id}`,
        en: `${profileId} (${shown.reason}), default ${wanted.id}`,
      });
      // The defaults describe another archive's issuer (a union's, for a Party document):
      // their issuer and place are not this document's, so they stay missing.
      const { issuer: _issuer, place: _place, ...rest } = defaults;
      defaults = rest;
      const why = {
        vi: `không dùng mặc định vì thể thức văn bản (${profileId}) khác thể thức mặc định (${given.profile})`,
        en: `the default is not used because the text's profile (${profileId}) differs from the defaults' (${given.profile})`,
      };
      if (given.issuer) withheld.set("issuer", why);
      if (given.place) withheld.set("place", why);
    }
  } else if (wanted) {
    profileId = wanted.id;
    doc.profile = profileId;
    fields.profile = "default";
  } else {
    profileId = defaultProfileOf("state", sources);
    doc.profile = profileId;
    fields.profile = "inferred";
  }
  const profile = loadProfile(profileId, sources);

  // Kind and symbol: the type-name line (or V/v) first, the symbol's type code next.
  const numberLine = header.numberLine?.line ?? r.firstLine;
  const symbolReading = header.number ? readSymbol(header.number, allTypeCodes(sources)) : {};
  let kind: KindId | undefined = header.kind ?? (header.vv ? "cong-van" : undefined);
  let symbol: DocSymbol | undefined = symbolReading.symbol;
  const typeCode = symbolReading.typeCode;
  // A code the profile lacks may still name a kind in another profile ("KL" in an nd30 text).
  const kindOfCode = typeCode ? (kindForCode(profile, typeCode) ?? allProfiles(sources).map((p) => kindForCode(p, typeCode)).find(Boolean)) : undefined;
  if (kind) fromText("kind", kind);
  else if (header.kindUnsupported) {
    // The type name says what the document is; the model has no kind for it: left empty.
    fallback("kind", undefined, header.kindLine?.line ?? numberLine);
    kind = doc.kind as KindId | undefined;
  } else if (typeCode && kindOfCode) {
    kind = kindOfCode;
    fromText("kind", kind);
    log.add(numberLine, "kind-from-symbol", { vi: `${typeCode} → ${kind}`, en: `${typeCode} → ${kind}` });
  } else if (symbol && !typeCode) {
    // A symbol without a type code is a công văn's (ISSUER-UNIT, spec §4.1).
    kind = "cong-van";
    doc.kind = kind;
    fields.kind = "inferred";
    log.add(numberLine, "kind-from-symbol", { vi: `không có mã loại → cong-van`, en: `no type code → cong-van` });
  } else {
    fallback("kind", "missing-kind", header.kindLine?.line ?? header.dateLine?.line ?? numberLine);
    kind = doc.kind as KindId | undefined;
  }
  const code = kind ? profile.typeCodes[kind] : undefined;
  if (symbol && !typeCode && !symbol.unit && code && header.kind && symbol.issuer.startsWith(code) && symbol.issuer.length >= code.length + 2) {
    // "1961/QĐUBND" under "QUYẾT ĐỊNH": the type code and the issuer lost their hyphen.
    symbol = { issuer: symbol.issuer.slice(code.length) };
    log.add(numberLine, "symbol-hyphen", { vi: `${code}-${symbol.issuer}`, en: `${code}-${symbol.issuer}` });
  }
  if (symbol && typeCode && (!kind || profile.typeCodes[kind] !== typeCode)) {
    // Kept only when it differs from the profile's code for the kind (a union "CV-LĐLĐ"), or
    // when no kind is known to compare it with: what the text says is never dropped.
    symbol = { ...symbol, typeCode };
    if (kind) {
      log.add(numberLine, "type-code-differs", {
        vi: `${typeCode}, mã chuẩn ${profile.typeCodes[kind] ?? "(không có)"}`,
        en: `${typeCode}, profile code ${profile.typeCodes[kind] ?? "(none)"}`,
      });
    }
  }

  const issuer = issuerFromLines(header.issuerLines);
  if (issuer) fromText("issuer", issuer);
  else fallback("issuer", "missing-issuer", r.firstLine);

  const reading = header.number;
  if (reading) {
    // "Số 60/HD-LĐLĐ" is read all the same; the colon is the nd30/union form (R-NUM-1).
    if (reading.labelMissing) log.add(numberLine, "number-label-missing");
    else if (!reading.hasColon && profile.number.prefix.includes(":")) log.add(numberLine, "number-colon");
    fromText("number", reading.number);
    if (reading.suffix) fromText("numberSuffix", reading.suffix);
  } else fallback("number", "missing-number", numberLine);
  if (symbol) fromText("symbol", symbol);
  else fallback("symbol", "missing-symbol", numberLine);

  const dateLine = header.dateLine?.line ?? numberLine;
  let place = header.date?.place;
  if (place && (/[/:;|]/u.test(place) || /(?:^|\s)số(?:\s|$)/iu.test(place) || place.length > 40 || !/^\p{Lu}/u.test(place))) {
    // Not a place name ("Nghị quyết số: 11-NQ/TW Hà Nội"): never a wrong value; left empty.
    log.add(dateLine, "place-unreadable", { vi: `"${place}"`, en: `"${place}"` });
    place = undefined;
  }
  if (place) {
    let value = place;
    if (defaults.place && defaults.place !== place) {
      if (foldVi(defaults.place) === foldVi(place)) {
        // The default's spelling is used, so the field is reported as coming from the defaults.
        value = defaults.place;
        log.add(dateLine, "place-spelling", { vi: `"${place}" → "${defaults.place}"`, en: `"${place}" → "${defaults.place}"` });
      } else log.add(dateLine, "place-differs", { vi: `"${place}", mặc định "${defaults.place}"`, en: `"${place}", default "${defaults.place}"` });
    }
    doc.place = value;
    fields.place = value === place ? "text" : "default";
  } else fallback("place", "missing-place", dateLine);

  const date = header.date?.date;
  if (date !== undefined) fromText("date", date);
  else fallback("date", header.date?.invalid ? undefined : "missing-date", dateLine);

  let subject = subjectText(header.subjectLines, header.vv);
  const subjectLine = header.subjectLines[0]?.line ?? header.kindLine?.line ?? dateLine;
  if (subject && hasDetachedMarks(subject)) {
    log.add(subjectLine, "detached-marks");
    subject = undefined;
  } else if (subject) {
    const fused = splitFusedWords(subject);
    if (fused.split) log.add(subjectLine, "word-split", { vi: fused.text, en: fused.text });
    subject = fused.text;
  }
  if (subject) fromText("subject", subject);
  else fallback("subject", "missing-subject", header.kindLine?.line ?? dateLine);

  if (header.kinhGui.length) fromText("kinhGui", header.kinhGui);
  else if (defaults.kinhGui) fallback("kinhGui", undefined, r.firstLine);

  const blocks = [...body.blocks, ...r.looseBlocks];
  if (blocks.length) fromText("body", blocks);
  else fallback("body", "missing-body", header.subjectLines.at(-1)?.line ?? r.firstLine);

  const recipients = readRecipients(closing, profile, log, r.lastLine);
  if (recipients) fromText("recipients", recipients);
  else fallback("recipients", "missing-recipients", r.lastLine);

  const signature = assembleSignature(closing.signature, log, r.lastLine);
  if (signature) fromText("signature", signature);
  else fallback("signature", "missing-signature", r.lastLine);

  if (header.urgency) fromText("urgency", header.urgency.value);
  if (header.circulation) fromText("circulation", header.circulation.value);
  if (header.secrecy) fromText("secrecy", header.secrecy.value);
  if (header.authorityLine) fromText("authority", header.authorityLine.plain);
  for (const [name, value] of Object.entries(defaults) as [FieldName, unknown][]) {
    if (doc[name] === undefined && value !== undefined) {
      doc[name] = value;
      fields[name] = "default";
    }
  }

  const lastBlockLines = body.blockLines.at(-1);
  const source: SourceLines = {};
  const put = <K extends keyof SourceLines>(key: K, value: SourceLines[K] | undefined) => {
    if (value !== undefined) source[key] = value;
  };
  put("numberLine", sourceLine(header.numberLine));
  put("dateLine", sourceLine(header.dateLine));
  put("kindLine", sourceLine(header.kindLine));
  put("subjectLines", sourceLines(header.subjectLines));
  put("kinhGui", sourceLines(header.kinhGuiLines));
  put("recipients", sourceLines(closing.recipientLines));
  put("signature", sourceLines(closing.signature.lines));
  put("lastBodyLine", sourceLine(lastBlockLines?.at(-1)));

  return { document: orderFields(doc) as PartialDocument, fields, source };
}

function readRecipients(closing: ClosingReading, profile: Profile, log: WarningLog, anchor: number): Partial<Recipients> | undefined {
  if (!closing.label && closing.recipients.length === 0) return undefined;
  const items = groupRecipients(closing.recipients, log);
  const archives = closing.recipients.filter((l) => l.kind === "archive");
  const archive = archives[0];
  for (const extra of archives.slice(1)) log.add(extra.line.line, "duplicate-line");
  if (!archive) {
    log.add(closing.recipientLines.at(-1)?.line ?? closing.label?.line ?? anchor, "missing-archive");
    return { items };
  }
  // The profile's fixed office ("VT") is printed by the writer, not repeated in the units.
  const fixed = new Set(profile.recipients.archiveFixed);
  return {
    items,
    archive: {
      units: archive.units.filter((u) => !fixed.has(u)),
      ...(archive.drafter ? { drafter: archive.drafter } : {}),
      ...(archive.copies ? { copies: archive.copies } : {}),
    },
  };
}

const ORDER: FieldName[] = [
  "profile",
  "kind",
  "issuer",
  "number",
  "numberSuffix",
  "symbol",
  "place",
  "date",
  "subject",
  "kinhGui",
  "body",
  "recipients",
  "signature",
  "urgency",
  "circulation",
  "secrecy",
  "authority",
  "footer",
];

/** The document's fields in the model's order, so that written JSON reads like the page. */
function orderFields(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (doc[k] !== undefined) out[k] = doc[k];
  for (const [k, v] of Object.entries(doc)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}
