import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadProfile } from "../../src/layout/load.js";
import { MODEL_RULES } from "../../src/check/model/index.js";
import { SOURCE_RULES } from "../../src/check/source/index.js";
import { RULES, severityFor } from "../../src/check/rules.js";

describe("the rule table (spec §9 as data)", () => {
  test("every rule judged on the model has its function, and no function lacks a rule", () => {
    const wanted = RULES.filter((r) => r.judged === "model" || r.judged === "both").map((r) => r.id).sort();
    expect(Object.keys(MODEL_RULES).sort()).toEqual(wanted);
  });

  test("every rule judged on source lines has its function, and no function lacks a rule", () => {
    const wanted = RULES.filter((r) => r.judged === "source" || r.judged === "both").map((r) => r.id).sort();
    expect(Object.keys(SOURCE_RULES).sort()).toEqual(wanted);
  });

  test("ids are unique and severities follow the spec's split ones (R-NUM-5, R-SIG-3)", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    const [nd30, union] = [loadProfile("nd30"), loadProfile("union")];
    expect(severityFor("R-NUM-5", nd30)).toBe("error");
    expect(severityFor("R-NUM-5", union)).toBe("warning");
    expect(severityFor("R-SIG-3", nd30)).toBe("info");
    expect(severityFor("R-SIG-3", union)).toBeUndefined();
    expect(severityFor("P-END-1", union)).toBeUndefined();
  });

  test("the README lists every rule, and the layout rules under 'Cannot be checked on the model'", () => {
    const readme = readFileSync(new URL("../../src/check/README.md", import.meta.url), "utf8");
    const [implemented, cannot] = readme.split("## Cannot be checked on the model");
    for (const r of RULES) {
      if (r.judged === "layout" || r.judged === "none") expect(cannot, r.id).toContain(r.id);
      else expect(implemented, r.id).toContain(`| ${r.id} |`);
    }
    for (const fn of [...Object.values(MODEL_RULES), ...Object.values(SOURCE_RULES)]) expect(implemented).toContain(`\`${fn!.name}\``);
  });

  test("the checker's terms name prefixes the profiles actually allow", () => {
    for (const id of ["nd30", "union", "party"] as const) {
      const profile = loadProfile(id);
      expect(profile.signature.prefixes).toContain(profile.check.roles.collective);
      expect(profile.signature.prefixes).toContain(profile.check.roles.deputy);
    }
  });
});
