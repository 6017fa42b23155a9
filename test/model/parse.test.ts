import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DocumentError } from "../../src/model/errors.js";
import { documentJsonSchema, parseDocument } from "../../src/model/parse.js";

const base = JSON.parse(readFileSync(new URL("../fixtures/union-minimal.json", import.meta.url), "utf8"));
const clone = () => structuredClone(base);

function issuesOf(input: unknown): DocumentError["issues"] {
  try {
    parseDocument(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).issues;
  }
  throw new Error("expected a DocumentError");
}

describe("parseDocument", () => {
  test("accepts a valid document", () => {
    expect(parseDocument(clone()).number).toBe(60);
  });

  const cases: [string, (d: any) => void, string, RegExp][] = [ // any: the cases edit raw, unvalidated JSON
    ["a missing issuer", (d) => delete d.issuer, "issuer", /required|thiếu/],
    ["31 February", (d) => (d.date = "2023-02-31"), "date", /calendar|lịch/],
    ["an unknown kind", (d) => (d.kind = "thu-moi"), "kind", /expected one of/],
    ["an empty signer name", (d) => (d.signature.name = "  "), "signature.name", /empty|trống/],
    ["a number of -3", (d) => (d.number = -3), "number", />/],
    ["a body item that is not a block", (d) => d.body.push("just a string"), "body[8]", /object|đối tượng/],
  ];
  for (const [name, mutate, path, message] of cases) {
    test(`refuses ${name}, naming the path in Vietnamese and English`, () => {
      const d = clone();
      mutate(d);
      const issues = issuesOf(d);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe(path);
      expect(`${issues[0]!.vi} ${issues[0]!.en}`).toMatch(message);
      expect(issues[0]!.vi).not.toBe(issues[0]!.en);
    });
  }

  test("all six problems at once come back in one error", () => {
    const d = clone();
    for (const [, mutate] of cases) mutate(d);
    const issues = issuesOf(d);
    expect(issues.map((i) => i.path).sort()).toEqual(["body[8]", "date", "issuer", "kind", "number", "signature.name"]);
    try {
      parseDocument(d);
    } catch (error) {
      expect((error as Error).message).toContain("(6)");
    }
  });

  test("a block with an unknown type names the allowed types", () => {
    const d = clone();
    d.body[0] = { type: "quote", content: "x" };
    const [issue] = issuesOf(d);
    expect(issue!.path).toMatch(/^body\[0\]/);
    expect(issue!.en).toContain('"paragraph"');
  });

  test("unknown fields are refused (typos do not pass silently)", () => {
    const d = clone();
    d.signatur = {};
    expect(issuesOf(d)[0]!.en).toContain("signatur");
  });

  test("a symbol with spaces is refused (R-NUM-3)", () => {
    const d = clone();
    d.symbol.issuer = "LĐ LĐ";
    expect(issuesOf(d)[0]!.path).toBe("symbol.issuer");
  });

  test("JSON Schema is generated for editors", () => {
    const schema = documentJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toContain("recipients");
    expect(schema.required).toContain("signature");
  });
});
