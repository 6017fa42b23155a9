import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDraft } from "../../src/drafts/index.js";
import { HELPER_NAMES } from "../../src/drafts/template/helpers.js";
import { HEADER_LINES, bodyTexts, draft, draftError, folderWith } from "./support.js";

const L = HEADER_LINES; // the first body line of a test template is line L + 1

describe("strict mode: missing data", () => {
  it("one error names every missing variable with its template line, following #each, #with and nested paths", () => {
    const body = [
      "{{intro}}", // L+1
      "", // L+2
      "{{#each tasks}}", // L+3
      "- {{title}}: {{detail}}", // L+4
      "", // L+5
      "{{/each}}", // L+6
      "{{#with signer}}", // L+7
      "{{name}} ({{role}})", // L+8
      "{{/with}}", // L+9
      "", // L+10
      "{{office.name}} {{intro}}", // L+11
    ].join("\n");
    const error = draftError(() =>
      draft(body, { tasks: [{ title: "A", detail: "x" }, { title: "B" }], signer: { name: "C" } }),
    );
    expect(error.stage).toBe("template");
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([
      ["subject", 8],
      ["intro", L + 1],
      ["tasks[1].detail", L + 4],
      ["signer.role", L + 8],
      ["office", L + 11],
    ]);
    // A variable used on several lines is one entry that lists them.
    expect(error.issues[1]!.en).toBe(`the data has no "intro" (the template uses {{intro}} on lines ${L + 1}, ${L + 11})`);
    expect(error.message).toMatch(/^Mẫu văn bản có lỗi \/ template errors \(5\):/);
    expect(error.message).toContain(`test.hbs dòng ${L + 4} / line ${L + 4}: tasks[1].detail: dữ liệu thiếu "tasks[1].detail"`);
  });

  it("#if and #unless accept an absent field (optional data); #each and #with do not", () => {
    const body = "A{{#if note}} ({{note}}){{/if}}{{#unless extra}} B{{/unless}}\n\n{{#each items}}{{this}}{{/each}}{{#with who}}{{.}}{{/with}}";
    const error = draftError(() => draft(body, { subject: "S" }));
    expect(error.issues.map((i) => i.path)).toEqual(["items", "who"]);
    expect(bodyTexts(draft("A{{#if note}} ({{note}}){{/if}}{{#unless extra}} B{{/unless}}", { subject: "S" }))).toEqual(["A B"]);
  });

  it("follows ../, @root, @index and block parameters", () => {
    const body = "{{#each groups as |g gi|}}\n{{#each g.items}}\n- {{add gi 1}}.{{add @index 1}} {{this}} ({{../label}}, {{@root.org}}, {{g.missing}})\n\n{{/each}}\n{{/each}}";
    const error = draftError(() => draft(body, { subject: "S", org: "LĐLĐ", groups: [{ label: "G1", items: ["a"] }] }));
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([["groups[0].missing", L + 3]]);
    const doc = draft(body.replace(", {{g.missing}}", ""), { subject: "S", org: "LĐLĐ", groups: [{ label: "G1", items: ["a", "b"] }] });
    expect(bodyTexts(doc)).toEqual(["1.1 a (G1, LĐLĐ)", "1.2 b (G1, LĐLĐ)"]);
  });

  it("a shipped template with no data lists all its gaps at once, partials included", () => {
    const dir = "examples/drafts";
    const source = readFileSync(join(dir, "ke-hoach-nam.hbs"), "utf8");
    // No schema: the strict check itself must name everything.
    const error = draftError(() => renderDraft({ source, dir, name: "ke-hoach-nam.hbs" }, {}));
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["coQuan", "so", "ngayBanHanh", "nam", "noiNhan", "luu", "kyTen", "canCu", "mucDich", "dauMoi"]));
    for (const issue of error.issues) expect(issue.line).toBeGreaterThan(0);
    // The line given is where the template uses it; the partial that lists the recipients is named.
    const nam = error.issues.find((i) => i.path === "nam")!;
    expect(nam.file).toBe("ke-hoach-nam.hbs");
    expect(source.split("\n")[nam.line! - 1]).toContain("{{nam}}");
    expect(error.issues.find((i) => i.path === "noiNhan")).toMatchObject({ file: "_noi-nhan.hbs", line: 2 });
  });

  it("reports gaps inside a partial with the partial's file and line", () => {
    const dir = folderWith({ "_ky.hbs": "Title: {{chucVu}}\nSigner: {{hoTen}}\n" });
    const source = "Profile: union\nKind: Thông báo\nIssuer: LĐLĐ\nNumber: 5\nSymbol: LĐLĐ\nPlace: Lai Châu\nDate:\nSubject: S\n{{> ky kyTen}}\n---\nNội dung.";
    const error = draftError(() => renderDraft({ source, dir, name: "t.hbs" }, { kyTen: { chucVu: "CHỦ TỊCH" } }));
    expect(error.issues).toEqual([expect.objectContaining({ file: "_ky.hbs", line: 2, path: "kyTen.hoTen" })]);
    const doc = renderDraft({ source, dir, name: "t.hbs" }, { kyTen: { chucVu: "CHỦ TỊCH", hoTen: "Hoàng Thọ Trung" } });
    expect(doc.signature).toEqual({ title: "CHỦ TỊCH", name: "Hoàng Thọ Trung" });
  });

  it('{{lookup this "nope"}} and {{lookup items 5}} are missing variables, in the one error with their lines', () => {
    const body = [
      'A {{lookup this "nope"}}', // L+1
      "", // L+2
      "B {{lookup items 5}} {{lookup items 0}}", // L+3
      "", // L+4
      '{{#each items}}C {{lookup ../names @index}}{{/each}}', // L+5
    ].join("\n");
    const error = draftError(() => draft(body, { subject: "S", items: ["x", "y"], names: ["n0"] }));
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([
      ["nope", L + 1],
      ["items[5]", L + 3],
      ["names[1]", L + 5],
    ]);
    expect(error.issues[0]!.en).toBe('the data has no "nope" (the template uses {{lookup this "nope"}})');
    expect(error.issues[1]!.vi).toBe('dữ liệu thiếu "items[5]" (mẫu dùng {{lookup items 5}})');
  });

  it("lookup with keys the data has renders them, inside subexpressions too; #if may test an absent key", () => {
    const body = '{{lookup this "a"}} {{lookup items 1}} {{upper (lookup who "name")}}{{#if (lookup this "note")}} {{note}}{{/if}}';
    const doc = draft(body, { subject: "S", a: "một", items: ["x", "hai"], who: { name: "ba" } });
    expect(bodyTexts(doc)).toEqual(["một hai BA"]);
    const error = draftError(() => draft('{{upper (lookup who "nom")}}', { subject: "S", who: { name: "ba" } }));
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([["who.nom", L + 1]]);
  });

  it("with strict: false a missing lookup prints nothing", () => {
    expect(bodyTexts(draft('X[{{lookup this "nope"}}][{{lookup items 5}}]', { subject: "S", items: [] }, { strict: false }))).toEqual(["X[][]"]);
  });

  it("with strict: false a missing variable prints nothing", () => {
    expect(bodyTexts(draft("Xin [{{nothing}}] chào", { subject: "S" }, { strict: false }))).toEqual(["Xin [] chào"]);
  });
});

describe("no prototype access", () => {
  const probes = "[{{constructor.constructor}}][{{__proto__.x}}][{{toString}}][{{constructor}}]";

  it("strict mode refuses constructor, __proto__ and other inherited names, each with its line", () => {
    const error = draftError(() => draft(`A\n\n${probes}`, { subject: "S" }));
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([
      ["constructor", L + 3],
      ["__proto__", L + 3],
      ["toString", L + 3],
      ["constructor", L + 3],
    ]);
    expect(error.issues[0]!.en).toContain("inherited (prototype) property");
  });

  it("outside strict mode they give nothing, and so does lookup", () => {
    const doc = draft(`Giá trị: ${probes}[{{lookup this "constructor"}}][{{lookup this "__proto__"}}]`, { subject: "S" }, { strict: false });
    expect(bodyTexts(doc)).toEqual(["Giá trị: [][][][][][]"]);
  });

  it('{{lookup this "constructor"}} gives nothing in strict mode too', () => {
    expect(bodyTexts(draft('Giá trị: [{{lookup this "constructor"}}]', { subject: "S" }))).toEqual(["Giá trị: []"]);
  });

  it("own data keys named __proto__ or constructor are dropped, and nothing is polluted", () => {
    const data = JSON.parse('{"subject":"S","constructor":{"name":"pwned"},"__proto__":{"polluted":"yes"},"nested":{"__proto__":{"x":1}}}') as Record<string, unknown>;
    const doc = draft("[{{constructor.name}}][{{polluted}}][{{__proto__.polluted}}][{{nested.__proto__.x}}][{{nested.x}}]", data, { strict: false });
    expect(bodyTexts(doc)).toEqual(["[][][][][]"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("data must be plain JSON: functions and class instances are refused, by path", () => {
    const error = draftError(() => draft("A", { subject: "S", f: () => 1, when: new Date(0), list: [1, Symbol("x")] }));
    expect(error.stage).toBe("data");
    expect(error.issues.map((i) => i.path)).toEqual(["f", "when", "list[1]"]);
  });
});

describe("partials only from the template's folder", () => {
  it("uses _NAME.hbs from the folder", () => {
    const dir = folderWith({ "_loi-chao.hbs": "Kính chào {{ten}}." });
    const doc = draft("{{> loi-chao}}", { subject: "S", ten: "các đồng chí" }, {}, { dir });
    expect(bodyTexts(doc)).toEqual(["Kính chào các đồng chí."]);
  });

  it("refuses path-like names, dynamic partials, partial blocks and partials without a folder", () => {
    const dir = folderWith({ "_ok.hbs": "x" });
    const names = ["{{> ../secret}}", "{{> [../../etc/passwd]}}", "{{> a/b}}", "{{> (lookup this 'p')}}", "{{#> ok}}fallback{{/ok}}"];
    const error = draftError(() => draft(names.join("\n\n"), { subject: "S", p: "ok" }, {}, { dir }));
    expect(error.issues.map((i) => i.line)).toEqual([L + 1, L + 3, L + 5, L + 7, L + 9]);
    const noFolder = draftError(() => draft("{{> ok}}", { subject: "S" }));
    expect(noFolder.issues[0]!.en).toContain('no template folder to look for partial "ok"');
  });

  it("refuses a name without its underscore file, and a symbolic link leading out of the folder", () => {
    const outside = folderWith({ "_secret.hbs": "BÍ MẬT" });
    const dir = folderWith({ "plain.hbs": "x" });
    symlinkSync(join(outside, "_secret.hbs"), join(dir, "_secret.hbs"));
    mkdirSync(join(dir, "_sub.hbs"));
    const error = draftError(() => draft("{{> plain}}\n\n{{> secret}}\n\n{{> sub}}", { subject: "S" }, {}, { dir }));
    expect(error.issues).toHaveLength(3);
    for (const issue of error.issues) expect(issue.en).toMatch(/^no partial "(plain|secret|sub)"/);
  });

  it("stops partials that include themselves", () => {
    const dir = folderWith({ "_loop.hbs": "{{> loop}}" });
    const error = draftError(() => draft("{{> loop}}", { subject: "S" }, {}, { dir }));
    expect(error.issues[0]!.en).toContain("partials nested too deep");
  });
});

describe("only the drafting helpers, and no I/O", () => {
  it("offers exactly these helpers", () => {
    expect([...HELPER_NAMES].sort()).toEqual(["add", "list", "lookup", "nextYear", "ngay", "ngayNgan", "pad2", "roman", "sub", "today", "upper", "year"]);
  });

  it("refuses unknown helpers (log included), unknown blocks and decorators, all in one error", () => {
    const body = ['{{log "x"}}', "", "{{shout subject}}", "", "{{#custom}}x{{/custom}}", "", "{{#items}}x{{/items}}", "", "{{* deco}}"].join("\n");
    const error = draftError(() => draft(body, { subject: "S", items: [1] }));
    expect(error.issues.map((i) => i.line)).toEqual([L + 1, L + 3, L + 5, L + 7, L + 9]);
    expect(error.issues[0]!.en).toContain('no helper "log"');
  });

  it("a syntax error names its line", () => {
    const error = draftError(() => draft("A\n\n{{#if x}}B", { subject: "S" }));
    expect(error.issues[0]!.en).toContain("Handlebars syntax error");
    expect(error.issues[0]!.line).toBeGreaterThan(L);
  });

  it("helper failures are collected with their lines, not just the first", () => {
    const error = draftError(() => draft('{{upper who}}\n\n{{ngay "2025-13-01"}}\n\n{{list subject}}', { subject: "S", who: { a: 1 } }));
    expect(error.issues.map((i) => [i.path, i.line])).toEqual([
      ["upper", L + 1],
      ["ngay", L + 3],
      ["list", L + 5],
    ]);
  });

  it("a list or an object cannot be printed as text", () => {
    const error = draftError(() => draft("{{items}}", { subject: "S", items: ["a"] }));
    expect(error.issues[0]).toMatchObject({ line: L + 1 });
    expect(error.issues[0]!.en).toContain("cannot insert a list");
  });
});

describe("escaping fits text output", () => {
  it('"&", quotes, “…” and <…> come through unchanged', () => {
    const value = 'Ban CSPL&QHLĐ về “Mái ấm Công đoàn” và "quỹ" <2025> \'x\'';
    const doc = draft("{{v}}\n\n{{{v}}}", { subject: value, v: value });
    expect(doc.subject).toBe(value);
    expect(bodyTexts(doc)).toEqual([value, value]);
  });

  it("a partial path in data is just text", () => {
    const file = join(folderWith({}), "x.txt");
    writeFileSync(file, "SECRET");
    expect(bodyTexts(draft("{{p}}", { subject: "S", p: `{{> ${file}}}` }))).toEqual([`{{> ${file}}}`]);
  });
});
