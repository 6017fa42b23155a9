#!/usr/bin/env node
// The command line: a thin layer over the public API, one file per command.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { packageRoot } from "../util/package-root.js";
import { registerRender, registerSchema } from "./render.js";
import { registerImport } from "./import.js";
import { registerCheck } from "./check.js";
import { registerDraft } from "./draft.js";
import { registerBatch } from "./batch.js";
import { registerServe } from "./serve.js";
import { registerProfile } from "./profile.js";

const program = new Command();
program
  .name("vanban")
  .description("Văn bản hành chính Việt Nam: mô hình, kiểm tra và kết xuất PDF / Vietnamese official documents")
  .version((JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version, "-V, --version", "in số phiên bản / print the version")
  .showHelpAfterError();

registerRender(program);
registerSchema(program);
registerImport(program);
registerCheck(program);
registerDraft(program);
registerBatch(program);
registerServe(program);
registerProfile(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
