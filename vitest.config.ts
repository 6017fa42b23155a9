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
  },
});
