// The checks on a resolved profile, with no Node built-in: vanban/check runs them in a page with
// profiles built from data, check-document.ts in Node with profiles read from layouts/.
import { DocumentSchema, type Document } from "../model/document.js";
import { DocumentError } from "../model/errors.js";
import type { SourceLines } from "../model/source.js";
import { chooseProfile } from "../layout/profile-data.js";
import type { Profile } from "../layout/schema.js";
import { compareFindings, type Finding } from "./finding.js";
import { ruleContext, type CheckOptions } from "./context.js";
import { acrossProfiles } from "./cross-family.js";
import { MODEL_RULES } from "./model/index.js";
import { MODEL_RULE_NEEDS } from "./model/needs.js";
import { SOURCE_RULES } from "./source/index.js";
import { applies, RULES } from "./rules.js";

/** What the checks need besides the profile: the date settings and every profile known. */
export interface CoreCheckOptions extends Pick<CheckOptions, "now" | "allowFutureDate"> {
  /** The profiles the forms of other families are read from (P-END-1's "./.", R-NUM-5's "CV"). */
  known: readonly Profile[];
}

/**
 * The profile a document is checked with: `profileData` (of the document's family), else the
 * chosen id or the document's own, each built by `load`.
 */
export function checkedProfile(documentProfile: string, options: Pick<CheckOptions, "profile" | "profileData">, load: (id: string) => Profile): Profile {
  const given = options.profileData;
  if (!given) return chooseProfile(documentProfile, options.profile, load);
  const own = load(documentProfile);
  if (given.family !== own.family) {
    const issue = {
      path: "profileData",
      vi: `hồ sơ ${given.id} (${given.family}) không dùng cho văn bản hồ sơ ${own.id} (${own.family})`,
      en: `profile ${given.id} (${given.family}) cannot be used for a document of profile ${own.id} (${own.family})`,
    };
    throw new DocumentError([issue], "check options");
  }
  return given;
}

/**
 * Checks a document against every rule of spec §9 that can be judged on the model, with the
 * severities of `profile`. Rules about how an original text was written are checkSourceLines'.
 */
export function checkModel(doc: Document, profile: Profile, options: CoreCheckOptions): Finding[] {
  const ctx = { ...ruleContext(profile, options), doc, across: acrossProfiles(profile, options.known) };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if ((rule.judged !== "model" && rule.judged !== "both") || !applies(rule, profile, doc.kind)) continue;
    const check = MODEL_RULES[rule.id];
    if (check) out.push(...check(ctx));
  }
  return out.sort(compareFindings);
}

/** A document that may lack fields, or hold invalid ones: what an incomplete import gives. */
export type PartialDocumentData = { readonly [K in keyof Document]?: unknown };

type FieldName = keyof Document;
const FIELDS = Object.keys(DocumentSchema.shape) as FieldName[];

/**
 * Checks the parts of an incomplete document that are there: each model rule runs when every
 * field it reads (MODEL_RULE_NEEDS) is valid, so a text whose issuer OCR lost still has its
 * body, recipients and signature judged. The missing fields themselves are the caller's to
 * report (INPUT errors); rules that read them are skipped.
 */
export function checkPartialModel(partial: PartialDocumentData, profile: Profile, options: CoreCheckOptions): Finding[] {
  const usable = new Set<FieldName>();
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS) {
    // An optional field that is absent passes its schema: the rules reading it accept undefined.
    const parsed = DocumentSchema.shape[field].safeParse(partial[field]);
    if (!parsed.success) continue;
    usable.add(field);
    if (parsed.data !== undefined) fields[field] = parsed.data;
  }
  // Only rules whose every field is usable read `doc`, so the missing ones are never touched.
  const doc = fields as Document;
  const kind = usable.has("kind") ? doc.kind : undefined;
  const ctx = { ...ruleContext(profile, options), doc, across: acrossProfiles(profile, options.known) };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if ((rule.judged !== "model" && rule.judged !== "both") || !applies(rule, profile, kind)) continue;
    const needs = MODEL_RULE_NEEDS[rule.id];
    const check = MODEL_RULES[rule.id];
    // A rule limited to some kinds (R-BODY-4) needs the kind to know whether it applies.
    if (!check || !needs || !needs.every((f) => usable.has(f)) || ("kinds" in rule && kind === undefined)) continue;
    out.push(...check(ctx));
  }
  return out.sort(compareFindings);
}

/**
 * Checks the verbatim lines an archive import read (number line, date line, Kính gửi,
 * recipients, signature, last body line) against the rules about how they were written:
 * "Số: 60/HD - LĐLĐ", "- Lưu VT.", a missing "./.". Findings carry the line number.
 */
export function checkSourceLines(source: SourceLines, profile: Profile, options: CoreCheckOptions): Finding[] {
  const ctx = { ...ruleContext(profile, options), source, across: acrossProfiles(profile, options.known) };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if ((rule.judged !== "source" && rule.judged !== "both") || !applies(rule, profile)) continue;
    const check = SOURCE_RULES[rule.id];
    if (check) out.push(...check(ctx));
  }
  return out.sort(compareFindings);
}
