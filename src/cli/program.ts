// The command line's commands, built without running them (main.ts runs them; tests read their help).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { packageRoot } from "../util/package-root.js";
import { bilingualHelpSettings, withHelp } from "./help.js";
import { commanderIssue } from "./commander-issue.js";
import { registerRender, registerSchema } from "./render.js";
import { registerImport } from "./import.js";
import { registerCheck } from "./check.js";
import { registerDraft } from "./draft.js";
import { registerBatch } from "./batch.js";
import { registerServe } from "./serve.js";
import { registerProfile } from "./profile.js";

/** `json`: commander's own errors are left to the caller to print as JSON (main.ts). */
export function buildProgram(json = false): Command {
  const program = new Command();
  // Settings first: the commands added below inherit them.
  bilingualHelpSettings(program)
    .name("vanban")
    .description("Văn bản hành chính Việt Nam: mô hình, kiểm tra và kết xuất PDF / Vietnamese official documents: model, check and render to PDF")
    .version((JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version, "-V, --version", "in số phiên bản / print the version")
    .exitOverride()
    .showHelpAfterError("(vanban … --help: trợ giúp / for help)")
    .configureOutput({
      // Commander's own errors: bilingual on stderr, or nothing there under --json.
      outputError: (message, write) => {
        if (!json) write(`${commanderIssue(message).vi} / ${message.trim()}\n`);
      },
      writeErr: (text) => {
        if (!json) process.stderr.write(text);
      },
    });
  withHelp(program, {
    examples: [
      { command: "vanban render van-ban.json", vi: "kết xuất PDF", en: "render a PDF" },
      { command: "vanban check van-ban.json", vi: "kiểm tra thể thức", en: "check the layout rules" },
      { command: "vanban import luu-tru.txt", vi: "văn bản lưu trữ thành JSON", en: "an archived text to JSON" },
      { command: "vanban help render", vi: "trợ giúp cho một lệnh", en: "help for one command" },
    ],
    failed: { vi: "lệnh không làm được việc (xem trợ giúp của lệnh)", en: "the command failed (see the command's help)" },
  });

  registerRender(program);
  registerSchema(program);
  registerImport(program);
  registerCheck(program);
  registerDraft(program);
  registerBatch(program);
  registerServe(program);
  registerProfile(program);
  return program;
}

/** "profile show", "render": the command's name under vanban. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ") || "vanban";
}

/** The command the arguments name ("profile show"), for an error commander finds before any action runs. */
export function namedCommand(program: Command, args: readonly string[]): string {
  const names: string[] = [];
  let command = program;
  for (const arg of args) {
    if (arg.startsWith("-")) continue;
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    names.push(sub.name());
    command = sub;
  }
  return names.join(" ") || "vanban";
}
