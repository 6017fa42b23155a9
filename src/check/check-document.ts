import type { Document } from "../model/document.js";
import { loadProfile } from "../layout/load.js";
import type { Profile } from "../layout/schema.js";
import type { SourceLines } from "../model/source.js";
import { compareFindings, type Finding } from "./finding.js";
import { ruleContext, type CheckOptions } from "./context.js";
import { MODEL_RULES } from "./model/index.js";
import { SOURCE_RULES } from "./source/index.js";
import { applies, RULES } from "./rules.js";

function profileFor(id: Document["profile"], options: CheckOptions): Profile {
  const given = options.profileData;
  if (given && given.id !== id) {
    throw new Error(`Hồ sơ ${given.id} không khớp văn bản (${id}) / profile ${given.id} does not match the document's ${id}`);
  }
  return given ?? loadProfile(id);
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
    if ((rule.judged !== "model" && rule.judged !== "both") || !applies(rule, profile.id, doc.kind)) continue;
    const check = MODEL_RULES[rule.id];
    if (check) out.push(...check(ctx));
  }
  return out.sort(compareFindings);
}

/**
 * Checks the verbatim lines an archive import read (number line, date line, Kính gửi,
 * recipients, signature, last body line) against the rules about how they were written:
 * "Số: 60/HD - LĐLĐ", "- Lưu VT.", a missing "./.". Findings carry the line number.
 */
export function checkSource(source: SourceLines, profile: Profile | Document["profile"], options: Omit<CheckOptions, "profileData"> = {}): Finding[] {
  const data = typeof profile === "string" ? loadProfile(profile) : profile;
  const ctx = { ...ruleContext(data, options), source };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if ((rule.judged !== "source" && rule.judged !== "both") || !applies(rule, data.id)) continue;
    const check = SOURCE_RULES[rule.id];
    if (check) out.push(...check(ctx));
  }
  return out.sort(compareFindings);
}
