import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine that ran the
    // 94 files one after another (326 s). Many of them wait on child processes (CLI, soffice,
    // tesseract, chromium), so two workers fill both cores (≈200 s measured).
    maxWorkers: 2,
    // Test files share their worker's modules instead of loading pdfmake, fonts and zod again for
    // each of the 94 files: module loading took 98 s of the suite, 18–36 s shared (318 s → 230–253
    // s on a slow day, four runs, two in shuffled order). Files restore what they change (mocks,
    // process.exitCode) in their own hooks.
    isolate: false,
  },
});
