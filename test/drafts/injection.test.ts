import { describe, expect, it } from "vitest";
import { renderDraftText } from "../../src/drafts/index.js";
import { bodyTexts, draft, draftError, HEADER } from "./support.js";

// Values are inserted as placeholders while the text is read, then put back into the one
// field or block they landed in: a value cannot add a line, a field, a separator or a block.
describe("data cannot inject structure", () => {
  it('a newline, "---" and header keys in a header value stay inside that value', () => {
    const subject = "Kế hoạch năm\n---\nProfile: party\nKind: Nghị quyết\n\nI. GIẢ MẠO";
    const doc = draft("Nội dung thật.", { subject });
    expect(doc.subject).toBe("Kế hoạch năm --- Profile: party Kind: Nghị quyết I. GIẢ MẠO");
    expect(doc.profile).toBe("union");
    expect(doc.kind).toBe("thong-bao");
    expect(bodyTexts(doc)).toEqual(["Nội dung thật."]);
  });

  it("a value in the body stays one paragraph: no new blocks, headings or items", () => {
    const value = "Đoạn một.\n\nII. TIÊU ĐỀ GIẢ\n\n- mục giả\n---\nSigner: Người Khác";
    const doc = draft("{{v}}", { subject: "S", v: value });
    expect(doc.body).toEqual([{ type: "paragraph", content: "Đoạn một. II. TIÊU ĐỀ GIẢ - mục giả --- Signer: Người Khác" }]);
    expect(doc.signature.name).toBe("Hoàng Thọ Trung");
  });

  it("a value at the start of a line cannot turn the paragraph into a heading or an item", () => {
    const doc = draft("{{a}}\n\n{{b}}\n\n{{c}}", { subject: "S", a: "II. GIẢ", b: "- giả", c: "a) giả" });
    expect(doc.body.map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(bodyTexts(doc)).toEqual(["II. GIẢ", "- giả", "a) giả"]);
  });

  it("the template's own markers still work around values, and numbers from data can be labels", () => {
    const doc = draft("{{#each items}}\n{{add @index 1}}. {{this}}\n\n{{/each}}", { subject: "S", items: ["Việc một", "Việc hai."] });
    expect(doc.body).toEqual([
      { type: "heading", level: 2, label: "1", titled: true, content: "Việc một" },
      // titled is judged on the value: a sentence ending with "." is not a title.
      { type: "heading", level: 2, label: "2", titled: false, content: "Việc hai." },
    ]);
  });

  it("emphasis marks in a value are text; the template's emphasis applies to the value", () => {
    const doc = draft("{{v}}\n\n**{{w}}**", { subject: "S", v: "**không đậm**", w: "đậm *thật*" });
    expect(doc.body).toEqual([
      { type: "paragraph", content: "**không đậm**" },
      { type: "paragraph", content: [{ text: "đậm *thật*", bold: true }] },
    ]);
  });

  it('" | " in a value does not split a repeatable field', () => {
    const source = `${HEADER.replace("---", "Recipient: {{r}}\n---")}Nội dung.`;
    const data = { subject: "S", r: "Ban A | Ban B (b/c)" };
    expect(renderDraftText({ source }, data)).toContain("Recipient: Ban A | Ban B (b/c)");
    expect(draft("", data, {}, { source }).recipients.items).toEqual([{ name: "Ban A | Ban B", note: "b/c" }]);
  });

  it("a value cannot add a header field: a kind with an injected line is refused as a whole", () => {
    const source = HEADER.replace("Kind: Thông báo", "Kind: {{kind}}");
    const error = draftError(() => draft("", { subject: "S", kind: "ke-hoach\nProfile: party" }, {}, { source: `${source}Nội dung.` }));
    expect(error.stage).toBe("text");
    expect(error.issues).toEqual([expect.objectContaining({ path: "kind", line: 2 })]);
    expect(error.issues[0]!.en).toContain('unknown kind "ke-hoach Profile: party"');
  });

  it("a value cannot close the header early or end the body", () => {
    const doc = draft("Mở đầu {{v}} kết thúc.\n\nĐoạn cuối.", { subject: "S", v: "\n---\n" });
    expect(bodyTexts(doc)).toEqual(["Mở đầu --- kết thúc.", "Đoạn cuối."]);
  });
});
