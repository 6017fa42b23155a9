import { expect } from "vitest";
import { FindingSchema, type Finding } from "../../src/check/finding.js";

/** The findings of one rule, each checked against the Finding schema. */
export function ofRule(findings: Finding[], rule: string): Finding[] {
  for (const f of findings) FindingSchema.parse(f);
  return findings.filter((f) => f.rule === rule);
}

/** Exactly one finding of `rule`, returned for closer assertions. */
export function single(findings: Finding[], rule: string): Finding {
  const hits = ofRule(findings, rule);
  expect(hits.map((f) => `${f.rule} ${f.path} ${f.actual}`)).toHaveLength(1);
  return hits[0]!;
}
