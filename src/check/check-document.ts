import { DocumentSchema, type Document } from "../model/document.js";
import { loadProfile, profileForDocument } from "../layout/load.js";
import type { Profile } from "../layout/schema.js";
import type { SourceLines } from "../model/source.js";
import { compareFindings, type Finding } from "./finding.js";
import { ruleContext, type CheckOptions } from "./context.js";
import { MODEL_RULES } from "./model/index.js";
import { MODEL_RULE_NEEDS } from "./model/needs.js";
import { SOURCE_RULES } from "./source/index.js";
import { applies, RULES } from "./rules.js";

function profileFor(id: Document["profile"], options: CheckOptions): Profile {
  const given = options.profileData;
  if (!given) return profileForDocument(id, options);
  const own = loadProfile(id, options);
  if (given.family !== own.family) {
    throw new Error(`Hồ sơ ${given.id} không khớp văn bản (${id}) / profile ${given.id} does not match the document's ${id}`);
  }
  return given;
}

/**
 * Checks a document against every rule of spec §9 that can be judged on the model, with the
 * severities of its profile. Rules about how an original text was written are checkSource's.
 */
export function checkDocument(doc: Document, options: CheckOptions = {}): Finding[] {
  const profile = profileFor(doc.profile, options);
  const ctx = { ...ruleContext(profile, options), doc };
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
export function checkPartialDocument(partial: PartialDocumentData, profile: Profile, options: Omit<CheckOptions, "profileData"> = {}): Finding[] {
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
  const ctx = { ...ruleContext(profile, options), doc };
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
export function checkSource(source: SourceLines, profile: Profile | Document["profile"], options: Omit<CheckOptions, "profileData"> = {}): Finding[] {
  const data = typeof profile === "string" ? loadProfile(profile, options) : profile;
  const ctx = { ...ruleContext(data, options), source };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if ((rule.judged !== "source" && rule.judged !== "both") || !applies(rule, data)) continue;
    const check = SOURCE_RULES[rule.id];
    if (check) out.push(...check(ctx));
  }
  return out.sort(compareFindings);
}
