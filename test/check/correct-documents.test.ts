import { describe, expect, test } from "vitest";
import { checkData } from "../../src/check/check-data.js";
import { checkDocument } from "../../src/check/check-document.js";
import { NOW, nd30Plan, partyPlan, unionGuide, unionLetter } from "./documents.js";

describe("a correctly built document gives zero findings", () => {
  const docs = { "nd30 kế hoạch": nd30Plan, "union hướng dẫn": unionGuide, "union công văn": unionLetter, "party kế hoạch": partyPlan };
  for (const [name, build] of Object.entries(docs)) {
    test(name, () => {
      expect(checkDocument(build(), { now: NOW })).toEqual([]);
    });
  }

  test("the same documents with today's date as the default `now`", () => {
    for (const build of Object.values(docs)) expect(checkDocument(build())).toEqual([]);
  });
});

describe("checkData on data that is not a document", () => {
  test("each schema issue is an INPUT error naming its field", () => {
    for (const data of [null, "text", [], {}]) {
      const found = checkData(data);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.rule === "INPUT" && f.severity === "error")).toBe(true);
    }
    const found = checkData({ ...unionGuide(), date: "2023-02-31" });
    expect(found.map((f) => `${f.rule} ${f.path} ${f.profile}`)).toEqual(["INPUT date union"]);
  });
});
