import { CirculationSchema, ProfileIdSchema, UrgencySchema, type ProfileId } from "../../model/document.js";
import { KIND_IDS, KindSchema, isCongVan, kindFromName, type KindId } from "../../model/kinds.js";
import { listProfiles, loadProfile, type ProfileSources } from "../../layout/load.js";
import { upperVi } from "../../text/case.js";
import type { DraftIssue } from "../errors.js";
import { FIELDS, VALUE_SEPARATOR, fieldForKey, fieldLabel, type FieldId, type FieldSpec } from "./fields.js";
import {
  bareItem,
  bareSubject,
  groupRecipients,
  readArchiveUnits,
  readCopies,
  readDate,
  readNumber,
  readRecipient,
  type Read,
} from "./header-values.js";
import type { ValueResolver } from "./resolver.js";

/** A line of the text with its 1-based number. */
export interface NumberedLine {
  line: number;
  text: string;
}

interface Value {
  text: string;
  line: number;
}

/** Where a model path came from, so that model errors point at a line. */
export interface PathLine {
  path: string;
  line: number;
}

export interface HeaderResult {
  /** The header's part of a Document (not yet validated). */
  fields: Record<string, unknown>;
  issues: DraftIssue[];
  lines: PathLine[];
}

/** Splits "Key: value" lines into values per field; unknown keys and repeats are problems. */
function collect(lines: NumberedLine[], resolver: ValueResolver, issues: DraftIssue[]): Map<FieldId, Value[]> {
  const values = new Map<FieldId, Value[]>();
  for (const { line, text } of lines) {
    if (text.trim() === "") continue;
    const colon = text.indexOf(":");
    if (colon < 0) {
      issues.push({
        line,
        path: "(header)",
        vi: `dòng tiêu đề phải có dạng "Khóa: giá trị"; nhận "${resolver.resolve(text).trim()}"`,
        en: `a header line reads "Key: value"; got "${resolver.resolve(text).trim()}"`,
      });
      continue;
    }
    const key = resolver.resolve(text.slice(0, colon)).trim();
    const field = fieldForKey(key);
    if (!field) {
      const known = FIELDS.map((f) => f.names[0]).join(", ");
      issues.push({
        line,
        path: key || "(header)",
        vi: `khóa tiêu đề không biết: "${key}"; các khóa: ${known} (hoặc tên tiếng Việt)`,
        en: `unknown header key "${key}"; known keys: ${known} (or their Vietnamese names)`,
      });
      continue;
    }
    const raw = text.slice(colon + 1);
    // " | " is structure: split before values are put back, so a value cannot add a line.
    const parts = field.repeat ? raw.split(VALUE_SEPARATOR) : [raw];
    const list = values.get(field.id) ?? [];
    if (!field.repeat && list.length > 0) {
      issues.push({
        line,
        path: field.path,
        vi: `trường ${fieldLabel(field)} đã có ở dòng ${list[0]!.line}; chỉ được một lần`,
        en: `${fieldLabel(field)} already given on line ${list[0]!.line}; it takes one value`,
      });
      continue;
    }
    for (const part of parts) {
      const value = resolver.resolve(part).trim();
      if (field.repeat && value === "" && parts.length > 1) continue;
      list.push({ text: value, line });
    }
    values.set(field.id, list);
  }
  return values;
}

/** Reads the header lines (everything before the separator) into Document fields. */
export function readHeader(lines: NumberedLine[], separatorLine: number, resolver: ValueResolver, sources: ProfileSources = {}): HeaderResult {
  const issues: DraftIssue[] = [];
  const out: Record<string, unknown> = {};
  const pathLines: PathLine[] = [];
  const values = collect(lines, resolver, issues);
  const spec = (id: FieldId): FieldSpec => FIELDS.find((f) => f.id === id)!;

  const problem = (id: FieldId, line: number, vi: string, en: string, path = spec(id).path): void => {
    issues.push({ line, path, vi: `${fieldLabel(spec(id))}: ${vi}`, en: `${fieldLabel(spec(id))}: ${en}` });
  };
  const first = (id: FieldId): Value | undefined => values.get(id)?.[0];
  const all = (id: FieldId): Value[] => values.get(id) ?? [];
  const take = <T>(id: FieldId, value: Value, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    problem(id, value.line, read.problem.vi, read.problem.en);
    return undefined;
  };
  for (const field of FIELDS) {
    const given = values.get(field.id);
    if (given?.length) pathLines.push({ path: field.path, line: given[0]!.line });
    if (field.required && !given?.length) {
      issues.push({
        line: separatorLine,
        path: field.path,
        vi: `thiếu trường tiêu đề bắt buộc ${fieldLabel(field)}`,
        en: `required header ${fieldLabel(field)} is missing`,
      });
    }
  }

  let profile: ProfileId | undefined;
  const profileValue = first("profile");
  if (profileValue) {
    // Any profile that exists: layouts/ and the caller's own (a province's union variant).
    const known = listProfiles(sources).map((p) => p.id);
    const parsed = ProfileIdSchema.safeParse(profileValue.text);
    if (parsed.success && known.includes(parsed.data)) profile = out.profile = parsed.data;
    else problem("profile", profileValue.line, `phải là một trong ${known.join(", ")}`, `must be one of ${known.join(", ")}`);
  }

  let kind: KindId | undefined;
  const kindValue = first("kind");
  if (kindValue) {
    const byId = KindSchema.safeParse(kindValue.text);
    kind = byId.success ? byId.data : kindFromName(kindValue.text);
    if (kind) out.kind = kind;
    else problem("kind", kindValue.line, `loại văn bản không biết "${kindValue.text}"; dùng mã (${KIND_IDS.join(", ")}) hoặc tên ("Kế hoạch")`, `unknown kind "${kindValue.text}"; use an id (${KIND_IDS.join(", ")}) or a name ("Kế hoạch")`);
  }

  const superior = all("superior").map((v) => v.text).filter(Boolean);
  const body = all("issuer").map((v) => v.text).filter(Boolean);
  if (values.has("issuer") || values.has("superior")) out.issuer = superior.length ? { superior, body } : { body };

  const numberValue = first("number");
  if (numberValue) {
    const read = take("number", numberValue, readNumber(numberValue.text));
    if (read) {
      out.number = read.number;
      if (read.suffix) out.numberSuffix = read.suffix;
    }
  }

  const symbol: Record<string, string> = {};
  for (const [id, key] of [["symbol", "issuer"], ["unit", "unit"], ["typeCode", "typeCode"]] as const) {
    const v = first(id);
    if (v && (v.text !== "" || id === "symbol")) symbol[key] = v.text;
  }
  if (Object.keys(symbol).length) out.symbol = symbol;

  const placeValue = first("place");
  if (placeValue) out.place = placeValue.text;
  const dateValue = first("date");
  if (dateValue) {
    const read = readDate(dateValue.text, placeValue?.text);
    const iso = take("date", dateValue, read);
    if (read.ok) out.date = iso ?? null;
  }

  const subjectValue = first("subject");
  if (subjectValue) out.subject = bareSubject(subjectValue.text, kind !== undefined && isCongVan(kind));

  const kinhGui = all("kinhGui").map((v) => bareItem(v.text));
  if (kinhGui.length) out.kinhGui = kinhGui;

  const recipients: { recipient: { name: string; note?: string }; group?: string }[] = [];
  for (const v of all("recipient")) {
    const read = take("recipient", v, readRecipient(v.text));
    if (read) recipients.push(read);
  }
  const fixed = profile ? loadProfile(profile, sources).recipients.archiveFixed : [];
  const archive: Record<string, unknown> = { units: all("archive").flatMap((v) => readArchiveUnits(v.text, fixed)) };
  const drafter = first("drafter");
  if (drafter?.text) archive.drafter = drafter.text;
  const copies = first("copies");
  if (copies) {
    const n = take("copies", copies, readCopies(copies.text));
    if (n !== undefined) archive.copies = n;
  }
  out.recipients = { items: groupRecipients(recipients), archive };

  const signature: Record<string, unknown> = {};
  const authority = all("authority").map((v) => v.text).filter(Boolean);
  if (authority.length) signature.authority = authority;
  const delegation = first("delegation");
  if (delegation?.text) signature.delegation = delegation.text;
  const title = first("title");
  if (title) signature.title = title.text;
  const name = first("name");
  if (name) signature.name = name.text;
  out.signature = signature;

  for (const [id, schema] of [["urgency", UrgencySchema], ["circulation", CirculationSchema]] as const) {
    const v = first(id);
    if (!v || v.text === "") continue;
    const parsed = schema.safeParse(upperVi(v.text));
    if (parsed.success) out[id] = parsed.data;
    else problem(id, v.line, `phải là ${schema.options.join(", ")}`, `must be one of ${schema.options.join(", ")}`);
  }
  const footer = all("footer").map((v) => v.text).filter(Boolean);
  if (footer.length) out.footer = footer;

  return { fields: out, issues, lines: pathLines };
}
