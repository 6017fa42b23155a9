// Checks on the page (issue 8, item 5): the layout rules judged on Pages, so that `vanban check`
// reports them. Each rule is shown to pass on real documents and to fail on a page made wrong.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkData } from "../../src/check/check-data.js";
import { checkPages } from "../../src/check/page/index.js";
import type { Pages } from "../../src/layout/pages.js";
import { fixture, laidOut, root } from "./support.js";

const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json"));

describe("rules judged on the page", () => {
  test.each(examples)("%s: no finding of a page rule", (file) => {
    const findings = checkData(JSON.parse(readFileSync(join(root, "examples", file), "utf8")), { now: new Date("2030-01-01") });
    expect(findings.filter((f) => /^L-|R-HDR-2|P-HDR-1|R-NUM-6|R-BODY-[12]|R-RCPT-1/.test(f.rule)).map((f) => `${f.rule} ${f.path}`)).toEqual([]);
  });

  test("a document the layout cannot place is an L-LOST-1 error naming the block", () => {
    const doc = fixture("union-minimal.json");
    doc.body = [{ type: "table", rows: [Array.from({ length: 30 }, () => "Nguyễn Văn Thành")] }, { type: "paragraph", content: "Hết." }];
    const findings = checkData(doc, { now: new Date("2030-01-01") }).filter((f) => f.rule === "L-LOST-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: "body[0]" });
    expect(findings[0]!.message.en).toMatch(/table too wide/);
  });

  const spoiled = (edit: (p: Pages) => void) => {
    const { pages, printed } = laidOut(fixture("union-minimal.json"));
    const copy = structuredClone(pages);
    edit(copy);
    return checkPages(copy, printed).map((f) => f.rule);
  };

  test("each rule fails on a page made wrong", () => {
    expect(spoiled(() => {})).toEqual([]);
    expect(spoiled((p) => p.pages[0]!.rules.filter((r) => r.role === "mottoRule").forEach((r) => (r.x2 -= 40)))).toContain("R-HDR-2");
    expect(spoiled((p) => p.pages[0]!.rules.filter((r) => r.role === "issuerRule").forEach((r) => (r.x2 += 60)))).toContain("R-HDR-3");
    expect(spoiled((p) => p.pages[0]!.lines.filter((l) => l.role === "date").forEach((l) => (l.y += 3)))).toContain("R-NUM-6");
    expect(spoiled((p) => p.pages[0]!.lines.filter((l) => l.source === "body[0].content").slice(0, 1).forEach((l) => (l.x += 20)))).toContain("R-BODY-1");
    expect(spoiled((p) => p.pages.forEach((pg) => pg.lines.filter((l) => l.role === "recipientsLabel").forEach((l) => (l.y += 4))))).toContain("R-RCPT-1");
    expect(spoiled((p) => p.pages[0]!.lines.find((l) => l.source === "body[2].content")!.spans.pop())).toContain("L-LOST-1");
    expect(spoiled((p) => (p.pages[0]!.lines.find((l) => l.source === "body[2].content")!.x -= 40))).toContain("L-MARGIN-1");
    expect(
      spoiled((p) => {
        const page = p.pages[0]!;
        page.lines = page.lines.filter((l) => l.role !== "signerName"); // as the old writer dropped it
        p.pages.push({ ...page, index: 1, lines: [{ ...page.lines.find((l) => l.role === "issuer")!, role: "signerName", source: "signature.name" }], regions: [], rules: [], frames: [] });
      }),
    ).toContain("L-BAND-1");
  });
});
