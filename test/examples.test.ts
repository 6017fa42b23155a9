import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseDocument } from "../src/model/parse.js";
import { plainText } from "../src/model/inline.js";
import type { Block, Document } from "../src/model/document.js";

const root = new URL("../", import.meta.url).pathname;
const examplesDir = join(root, "examples");
// Copies of the five OCR'd seeds (shared/seeds) kept with the tests.
const seedsDir = join(root, "test/fixtures/seeds");

const exampleFiles = readdirSync(examplesDir).filter((f) => f.endsWith(".json")).sort();

function loadExample(file: string): Document {
  return parseDocument(JSON.parse(readFileSync(join(examplesDir, file), "utf8")));
}

/**
 * Each seed example with the seed's body lines (1-based, inclusive), the page-break pairs
 * rejoined into one paragraph, and the lines dropped as stamps. Mirrors CORRECTIONS.md.
 */
const SEEDS = [
  { seed: "000", source: "000_99201628fbdb1f64.txt", example: "000-huong-dan-chu-de-2022.json", body: [11, 71], joins: [[39, 41]] },
  { seed: "001", source: "001_241fc221d9dce001.txt", example: "001-ke-hoach-dot-pha.json", body: [11, 137], joins: [[109, 111]] },
  { seed: "002", source: "002_781da1f03d488a91.txt", example: "002-cong-van-bao-cao-2023.json", body: [14, 60], joins: [[26, 28], [44, 46]] },
  { seed: "003", source: "003_34ba4a1aec06838d.txt", example: "003-thong-bao-nhiem-vu-2025.json", body: [11, 45], joins: [[21, 23], [33, 35], [39, 41]] },
  { seed: "004", source: "004_e1221ab10df6c714.txt", example: "004-party-ke-hoach-nq02.json", body: [20, 151], joins: [[88, 90], [116, 118]] },
] as const;

interface Correction {
  seed: string;
  line: number;
  before: string;
  after: string;
}

/** The machine-readable rows of examples/CORRECTIONS.md: | 000 | 25 | `before` | `after` | reason |. */
function corrections(): Correction[] {
  const rows: Correction[] = [];
  for (const line of readFileSync(join(examplesDir, "CORRECTIONS.md"), "utf8").split("\n")) {
    const m = /^\|\s*(\d{3})\s*\|\s*(\d+)\s*\|\s*`([^`]*)`\s*\|\s*`([^`]*)`\s*\|/.exec(line);
    if (m) rows.push({ seed: m[1]!, line: Number(m[2]), before: m[3]!, after: m[4]! });
  }
  return rows;
}

/** The seed's lines with every listed correction applied; a row that does not match exactly once throws. */
function correctedSeed(seed: string, source: string): string[] {
  const lines = readFileSync(join(seedsDir, source), "utf8").split(/\r?\n/);
  for (const c of corrections().filter((r) => r.seed === seed)) {
    const line = lines[c.line - 1] ?? "";
    const count = line.split(c.before).length - 1;
    if (count !== 1) throw new Error(`CORRECTIONS.md ${seed}:${c.line}: "${c.before}" occurs ${count} times`);
    lines[c.line - 1] = line.replace(c.before, c.after);
  }
  return lines;
}

/** Markdown noise out, whitespace collapsed, NFC: how seed lines and model text are compared. */
function normalise(s: string): string {
  return s.normalize("NFC").replace(/^\s*#+\s+/, "").replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

// A leading body marker, written independently of src/text/markers.ts so the test checks it.
const MARKER = /^(?:([IVXLC]+)\s*(?:\.|\s-|-)|(\d{1,2}(?:\.\d{1,2})?)\.?|([a-zđ])\)|([-+]))\s+/u;

interface SeedParagraph {
  line: number;
  text: string;
  marker?: { kind: "heading"; label: string } | { kind: "item"; marker: "-" | "+" };
}

/** The seed's body paragraphs: non-empty lines, page-break halves rejoined, markers split off. */
function seedParagraphs(lines: string[], [from, to]: readonly [number, number], joins: readonly (readonly [number, number])[]): SeedParagraph[] {
  const seconds = new Set(joins.map(([, b]) => b));
  const out: SeedParagraph[] = [];
  for (let n = from; n <= to; n++) {
    if (seconds.has(n) || !(lines[n - 1] ?? "").trim()) continue;
    const join = joins.find(([a]) => a === n);
    let text = normalise(join ? `${lines[n - 1]} ${lines[join[1] - 1]}` : lines[n - 1]!);
    let marker: SeedParagraph["marker"];
    const m = MARKER.exec(text);
    if (m) {
      const label = m[1] ?? m[2] ?? m[3];
      marker = label ? { kind: "heading", label } : { kind: "item", marker: m[4] as "-" | "+" };
      text = text.slice(m[0].length);
    }
    out.push({ line: n, text: text.replace(/\.\/\.$/, "."), ...(marker ? { marker } : {}) });
  }
  return out;
}

function blockText(block: Block): string {
  switch (block.type) {
    case "table":
      return block.rows.flat().map(plainText).join(" ");
    case "article":
      return plainText(block.title);
    default:
      return plainText(block.content);
  }
}

describe("examples/*.json", () => {
  test("the folder holds the five seeds and the four nd30 kinds", () => {
    for (const { example } of SEEDS) expect(exampleFiles).toContain(example);
    for (const kind of ["ke-hoach", "huong-dan", "thong-bao", "cong-van"]) expect(exampleFiles).toContain(`nd30-${kind}.json`);
  });

  test.each(exampleFiles)("%s parses with parseDocument", (file) => {
    expect(() => loadExample(file)).not.toThrow();
  });

  test.each(exampleFiles)("%s stores no writer punctuation (./., recipient and Kính gửi marks)", (file) => {
    const doc = loadExample(file);
    const last = doc.body[doc.body.length - 1]!;
    expect(blockText(last)).not.toMatch(/\.\/\.$/);
    const names = doc.recipients.items.flatMap((i) => ("items" in i ? i.items : [i]));
    for (const r of names) {
      expect(r.name).not.toMatch(/^-|[;,.]$|\(/);
      if (r.note) expect(r.note).not.toMatch(/[()*]/);
    }
    for (const k of doc.kinhGui ?? []) expect(k).not.toMatch(/^-|[;.]$/);
    expect(doc.recipients.archive.units).not.toContain("VT");
    if (doc.kind === "cong-van") expect(doc.subject).not.toMatch(/^V\/v/);
  });

  test.each(exampleFiles)("%s: headings carry their label and basis lines come before the first heading", (file) => {
    const doc = loadExample(file);
    const firstHeading = doc.body.findIndex((b) => b.type === "heading");
    doc.body.forEach((b, i) => {
      if (b.type === "heading") expect(b.label, `body[${i}]`).toBeTruthy();
      if (b.type === "basis" && firstHeading >= 0) expect(i, `body[${i}] basis after a heading`).toBeLessThan(firstHeading);
    });
  });

  test("nd30 examples: Như trên first when there is a Kính gửi (R-RCPT-4), công văn with 2+ recipients", () => {
    for (const file of exampleFiles.filter((f) => f.startsWith("nd30-"))) {
      const doc = loadExample(file);
      expect(doc.profile, file).toBe("nd30");
      if (doc.kinhGui) expect(doc.recipients.items[0], file).toEqual({ name: "Như trên" });
    }
    expect(loadExample("nd30-cong-van.json").kinhGui?.length).toBeGreaterThanOrEqual(2);
  });

  test("nd30 examples use a lettered list a) … đ) and + items (spec §7.1)", () => {
    const blocks = exampleFiles.filter((f) => f.startsWith("nd30-")).flatMap((f) => loadExample(f).body);
    const letters = blocks.filter((b) => b.type === "heading" && b.level === 4).map((b) => (b as { label?: string }).label);
    expect(letters).toEqual(expect.arrayContaining(["a", "b", "c", "d", "đ"]));
    expect(blocks.some((b) => b.type === "item" && b.marker === "+")).toBe(true);
  });
});

describe("seed examples keep every paragraph of their seed", () => {
  test("every row of CORRECTIONS.md matches its seed line exactly once", () => {
    const rows = corrections();
    expect(rows.length).toBeGreaterThan(10);
    for (const { seed, source } of SEEDS) expect(() => correctedSeed(seed, source)).not.toThrow();
  });

  test.each(SEEDS)("$example: one block per seed paragraph, in order, same text and marker", ({ seed, source, example, body, joins }) => {
    const paragraphs = seedParagraphs(correctedSeed(seed, source), body, joins);
    const doc = loadExample(example);
    expect(doc.body.map((b, i) => `${i}: ${normalise(blockText(b)).slice(0, 40)}`)).toHaveLength(paragraphs.length);
    paragraphs.forEach((p, i) => {
      const block = doc.body[i]!;
      const text = normalise(blockText(block));
      const where = `${example} body[${i}] ↔ seed ${seed} line ${p.line}`;
      expect(text.slice(0, 40), where).toBe(p.text.slice(0, 40));
      expect(text.slice(-40), where).toBe(p.text.slice(-40));
      expect(text, where).toBe(p.text);
      if (p.marker?.kind === "heading") {
        expect(block.type, where).toBe("heading");
        expect((block as Extract<Block, { type: "heading" }>).label, where).toBe(p.marker.label);
      } else if (p.marker?.kind === "item") {
        expect(block, where).toMatchObject({ type: "item", marker: p.marker.marker });
      } else expect(["paragraph", "basis"], where).toContain(block.type);
    });
  });

  test.each(SEEDS)("$example: the concatenated body holds each seed paragraph's first 40 characters in order", ({ seed, source, example, body, joins }) => {
    const all = loadExample(example).body.map((b) => normalise(blockText(b))).join("\n");
    let cursor = 0;
    for (const p of seedParagraphs(correctedSeed(seed, source), body, joins)) {
      const at = all.indexOf(p.text.slice(0, 40), cursor);
      expect(at, `seed ${seed} line ${p.line}: "${p.text.slice(0, 40)}"`).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
    }
  });

  test("seed 004: the incoming stamp and the stray issuer line are not in the document", () => {
    const doc = loadExample("004-party-ke-hoach-nq02.json");
    const everything = JSON.stringify(doc);
    expect(everything).not.toContain("LIÊN ĐOÀN LAO ĐỘNG TỈNH THỪA THIÊN HUẾ");
    expect(everything).not.toMatch(/ĐỀN|Chuyển:|17&2/);
    expect(doc.subject.startsWith("thực hiện Nghị quyết 02-NQ/TW")).toBe(true);
  });

  test("author mistakes the checker must find are kept (R-CITE-1, R-CITE-2)", () => {
    const body = (file: string): string => loadExample(file).body.map((b) => blockText(b)).join("\n");
    expect(body("000-huong-dan-chu-de-2022.json")).toContain("53/HD -TLĐ");
    expect(body("000-huong-dan-chu-de-2022.json")).toContain("710/QĐ - LĐLĐ");
    expect(body("000-huong-dan-chu-de-2022.json")).toContain("03/0/2022");
    expect(body("000-huong-dan-chu-de-2022.json")).toContain("Covid -19");
    expect(body("002-cong-van-bao-cao-2023.json")).toContain("02 - NQ/TW");
  });
});
