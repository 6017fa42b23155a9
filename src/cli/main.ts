#!/usr/bin/env node
// The command line: a thin layer over the public API, one file per command (program.ts lists them).
import { CommanderError } from "commander";
import { EXIT } from "./cli-error.js";
import { commanderIssue } from "./commander-issue.js";
import { reportFailure } from "./failure.js";
import { FailureJson, printJson } from "./json-output.js";
import { buildProgram, commandPath, namedCommand } from "./program.js";

const argv = process.argv;
// --json is known before commander has parsed anything, so that its own errors are JSON too.
const end = argv.indexOf("--");
const json = (end < 0 ? argv : argv.slice(0, end)).includes("--json");

const program = buildProgram(json);
let current = namedCommand(program, argv.slice(2));
program.hook("preAction", (_program, action) => {
  current = commandPath(action);
});
program.parseAsync(argv).catch((error: unknown) => {
  if (error instanceof CommanderError && ["commander.helpDisplayed", "commander.version"].includes(error.code)) {
    process.exitCode = error.exitCode;
    return;
  }
  // "vanban" or "vanban profile" alone: the help is shown on stderr, and it is a usage error.
  if (error instanceof CommanderError && error.code === "commander.help") {
    const issue = { path: "<command>", vi: "thiếu lệnh: xem vanban help", en: "a command is missing: see vanban help" };
    if (json) printJson(FailureJson, { command: current, ok: false, exitCode: EXIT.usage, errors: [issue] });
    process.exitCode = EXIT.usage;
    return;
  }
  // A command's own failures are reported where they happen; this is commander's (already on
  // stderr without --json) and anything that escaped a command.
  if (!(error instanceof CommanderError)) {
    process.exitCode = reportFailure(current, json, error);
    return;
  }
  if (json) printJson(FailureJson, { command: current, ok: false, exitCode: EXIT.usage, errors: [commanderIssue(error.message)] });
  process.exitCode = EXIT.usage;
});
