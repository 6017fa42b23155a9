import { describe, expect, test } from "vitest";
import { checkPartialDocument } from "../../src/check/check-document.js";
import { MODEL_RULES } from "../../src/check/model/index.js";
import { MODEL_RULE_NEEDS } from "../../src/check/model/needs.js";
import { loadProfile } from "../../src/layout/load.js";
import { NOW, partyPlan, unionGuide } from "./documents.js";
import { ofRule } from "./helpers.js";

/** A document without some fields, and optionally with others replaced by invalid values. */
function without(doc: object, drop: string[], replace: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...structuredClone(doc), ...replace };
  for (const key of drop) delete out[key];
  return out;
}

describe("checkPartialDocument: model rules on the parts an incomplete document has", () => {
  test("every model rule declares the fields it reads", () => {
    expect(Object.keys(MODEL_RULE_NEEDS).sort()).toEqual(Object.keys(MODEL_RULES).sort());
  });

  test("a correct document without its issuer gives no findings", () => {
    expect(checkPartialDocument(without(unionGuide(), ["issuer"]), loadProfile("union"), { now: NOW })).toEqual([]);
  });

  test("R-CITE-1, R-CITE-2, R-BODY-3 and R-SIG-2 are judged without the issuer", () => {
    const doc = unionGuide();
    doc.body.push({ type: "paragraph", content: "Theo Hướng dẫn 53/HD -TLĐ, ngày 03/0/2022 của Tổng Liên đoàn." });
    doc.body.push({ type: "heading", level: 4, label: "c", content: "Một điểm lạc chỗ." });
    doc.signature.name = "TS. Nguyễn Văn A";
    const found = checkPartialDocument(without(doc, ["issuer"]), loadProfile("union"), { now: NOW });
    expect(ofRule(found, "R-CITE-1").map((f) => f.actual)).toEqual(["53/HD -TLĐ"]);
    expect(ofRule(found, "R-CITE-2").map((f) => f.actual)).toEqual(["03/0/2022"]);
    expect(ofRule(found, "R-BODY-3").length).toBeGreaterThan(0);
    expect(ofRule(found, "R-SIG-2").map((f) => f.path)).toEqual(["signature.name"]);
  });

  test("a rule whose field is missing or invalid is skipped, not thrown", () => {
    // P-SIG-1 reads the issuer: its title line must not repeat the committee's name.
    const party = partyPlan();
    party.signature.title = "PHÓ BÍ THƯ TỈNH ỦY";
    const complete = checkPartialDocument(party, loadProfile("party"), { now: NOW });
    expect(ofRule(complete, "P-SIG-1")).toHaveLength(1);
    const noIssuer = checkPartialDocument(without(party, ["issuer"]), loadProfile("party"), { now: NOW });
    expect(ofRule(noIssuer, "P-SIG-1")).toEqual([]);
    // An invalid body (an unknown block) skips the body rules; the signature is still judged.
    const badBody = without(party, [], { body: [{ type: "nope" }], signature: { ...party.signature, name: "PGS. TS. Phan Ngọc Thọ" } });
    const found = checkPartialDocument(badBody, loadProfile("party"), { now: NOW });
    expect(found.map((f) => f.rule).filter((r) => r.startsWith("P-END") || r.startsWith("R-BODY") || r.startsWith("R-CITE"))).toEqual([]);
    expect(ofRule(found, "R-SIG-2").length).toBeGreaterThan(0);
  });

  test("a rule limited to some kinds (R-BODY-4) is not run when the kind is missing", () => {
    const doc = unionGuide();
    doc.body[0] = { type: "basis", content: "Căn cứ Điều lệ Công đoàn Việt Nam" };
    const found = checkPartialDocument(without(doc, ["kind"]), loadProfile("union"), { now: NOW });
    expect(ofRule(found, "R-BODY-4")).toEqual([]);
  });
});
