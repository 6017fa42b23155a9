// Robustness (issue #3): random strings and mutated seeds never make the importer throw, never
// take it more than a second, and nothing in them is dropped silently. Each input is a test
// case of its own whose vitest timeout is the second: a time limit, not a timed assertion.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { parseDocument, validateDocument } from "../../src/model/parse.js";
import { importTextTraced } from "../../src/readers/archive/import-text.js";
import { cleanText, splitRawLines } from "../../src/readers/archive/lines.js";
import { LAI_CHAU } from "./support.js";

const root = new URL("../../", import.meta.url).pathname;
const seedsDir = join(root, "test/fixtures/seeds");
const SEEDS = readdirSync(seedsDir)
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), "utf8"));

/** Per input (issue #3: "never takes more than a second per input"; issue 9: "≤ 1 s a 100 KB input"). */
const PER_INPUT = { timeout: 1000 };
/**
 * The 1 MB inputs: ten times the size, so ten times the second by the same rule. They run in
 * about 0.3–0.6 s alone; this is a bound that catches a hang or a quadratic turn on a machine
 * shared with other work, while linear growth itself is measured by test/robustness/linear-time.
 */
const PER_MEGABYTE = { timeout: 10_000 };
// fast-check draws the inputs once, from a fixed seed, so that a failing case has a stable
// name; set ARCHIVE_FC_SEED to explore other inputs.
const FC_SEED = Number(process.env.ARCHIVE_FC_SEED ?? 20_240_101);
const RUNS = 40;
const squeeze = (s: string) => cleanText(s).replace(/\*/gu, "").replace(/\s+/gu, "");

/** Runs the importer on one input and checks every promise it makes about any string. */
function check(input: string, options = {}): void {
  const { result, accounted } = importTextTraced(input, options);

  // ok and errors agree with the model's own validation.
  expect(result.ok).toBe(result.errors.length === 0);
  if (result.ok) expect(() => parseDocument(result.document)).not.toThrow();
  else {
    const again = validateDocument(result.document);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.issues).toEqual(result.errors);
  }

  const raw = splitRawLines(input);
  // Every warning names a line of the input and carries that line's text.
  for (const w of result.warnings) {
    expect(w.line).toBeGreaterThanOrEqual(1);
    expect(w.line).toBeLessThanOrEqual(raw.length);
    expect(w.text).toBe(raw[w.line - 1]);
  }
  // Source lines are the input's own text.
  const sources = Object.values(result.source).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const squeezed = new Map<number, string>();
  for (const s of sources) {
    if (!squeezed.has(s.line)) squeezed.set(s.line, squeeze(raw[s.line - 1] ?? ""));
    expect(squeezed.get(s.line)!.includes(squeeze(s.text)), `source line ${s.line}`).toBe(true);
  }
  // Nothing is dropped silently: each non-empty line was read into some region, or warned about.
  const warned = new Set(result.warnings.map((w) => w.line));
  raw.forEach((line, i) => {
    if (cleanText(line) !== "" && !accounted.has(i + 1) && !warned.has(i + 1)) {
      expect.fail(`line ${i + 1} dropped silently: ${JSON.stringify(line.slice(0, 120))}`);
    }
  });
}

// Pieces of real documents, so that random text reaches the interesting paths.
const TOKENS = [
  "\n", "\n\n", "\r\n", "\t", " ", "   ", "|", "*", "**", "#", "## ", "- ", "+ ", "} ", "(b/c)", ";", ",", ".", "./.", ":",
  "Số: ", "Số ", "60/HD - LĐLĐ", "24-KH/TU", "18/LĐLĐ", "ngày 01 tháng 4 năm 2022", "Lai Châu, ", "HƯỚNG DẪN", "KẾ HOẠCH",
  "V/v ", "Kính gửi:", "Căn cứ ", "I. ", "II - ", "1. ", "1.1. ", "a) ", "Nơi nhận:", "Lưu: VT", "Lưu VPTU",
  "TM. BAN THƯỜNG VỤ", "T/M", "K/T ", "CHỦ TỊCH", "Nguyễn Thị Thiện", "ĐẾN", "Ngày: 17/11/21", "Chuyển:", "(Đã ký)",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM", "đoàn viên", "thực hiện",
  "Ư", "ạ", "\u0301", "\u00A0", "\uFEFF", "\u200B", "😀", "\u0000",
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((parts) => parts.join(""));

/** A small deterministic generator, so that each mutation is reproducible from fast-check's integer. */
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const stripDiacritics = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

type Mutation = "shuffle" | "drop" | "duplicate" | "diacritics" | "crlf" | "tabs";

function mutate(text: string, mutations: Mutation[], seed: number): string {
  const random = lcg(seed);
  let lines = text.split("\n");
  let eol = "\n";
  for (const m of mutations) {
    if (m === "shuffle") {
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
    } else if (m === "drop") lines = lines.filter(() => random() > 0.2);
    else if (m === "duplicate") lines = lines.flatMap((l) => (random() < 0.2 ? [l, l] : [l]));
    else if (m === "diacritics") lines = lines.map(stripDiacritics);
    else if (m === "crlf") eol = "\r\n";
    else lines = lines.map((l) => (random() < 0.3 ? `\t${l.replace(/ /g, () => (random() < 0.2 ? "\t" : " "))}` : l));
  }
  return lines.join(eol);
}

const mutatedSeed = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    mutations: fc.array(fc.constantFrom<Mutation>("shuffle", "drop", "duplicate", "diacritics", "crlf", "tabs"), { maxLength: 4 }),
    random: fc.integer(),
  })
  .map(({ seed, mutations, random }) => mutate(SEEDS[seed]!, mutations, random));

/** About 1 MB of mutated seeds. */
const megabyte = fc.tuple(mutatedSeed, mutatedSeed, mutatedSeed).map((parts) => {
  const unit = parts.join("\n");
  return unit.repeat(Math.ceil(1_000_000 / Math.max(1, unit.length)));
});

/** `count` inputs drawn from `arbitrary`, each named by its kind and index. */
function draw(kind: string, arbitrary: fc.Arbitrary<string>, count: number, offset = 0): { name: string; input: string }[] {
  return fc.sample(arbitrary, { numRuns: count, seed: FC_SEED + offset }).map((input, i) => ({ name: `${kind} #${i} (${input.length} characters)`, input }));
}

describe("archive robustness (fast-check)", () => {
  // The first call compiles the reader; the time limit is for the inputs, not the JIT.
  beforeAll(() => check(SEEDS.join("\n")));

  test.each(draw("random string", fc.string({ unit: "binary", maxLength: 3000 }), RUNS, 1))("$name", PER_INPUT, ({ input }) => {
    check(input);
  });

  test.each(draw("mixture of the pieces of real documents", tokenSoup, RUNS, 2))("$name", PER_INPUT, ({ input }) => {
    check(input, { defaults: LAI_CHAU });
  });

  test.each(draw("mutated seed (lines shuffled, dropped, duplicated, diacritics stripped, CRLF, tabs)", mutatedSeed, RUNS, 3))("$name", PER_INPUT, ({ input }) => {
    check(input, { defaults: LAI_CHAU });
  });

  test.each(draw("1 MB of mutated seeds", megabyte, 3, 4))("$name", PER_MEGABYTE, ({ input }) => {
    check(input);
  });

  test.each([
    ["one line of unmatched emphasis marks", "*x ".repeat(340_000)],
    ["lower-case lines that all rejoin into one paragraph", "tiếp tục thực hiện\n".repeat(55_000)],
    ["empty lines after a Kính gửi", `Kính gửi:${"\n".repeat(1_000_000)}`],
    ["empty and blank lines", " \r\n\t\n".repeat(250_000)],
    ["capitals lines", "LIÊN ĐOÀN LAO ĐỘNG\n".repeat(50_000)],
    ["recipient lines", "- Thường trực LĐLĐ tỉnh;\n".repeat(40_000)],
    ["header cells joined by tabs", "TỔNG LĐLĐ VIỆT NAM\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n".repeat(18_000)],
  ])("1 MB of %s", PER_MEGABYTE, (_name, input) => {
    expect(input.length).toBeGreaterThan(900_000);
    check(input);
  });
});
