// One help template for every command (issue 10, CLI): Vietnamese and English on every line that
// describes something, examples, and the exit codes.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Command } from "commander";
import { describe, expect, test } from "vitest";
import { buildProgram, commandPath } from "../../src/cli/program.js";

const root = new URL("../../", import.meta.url).pathname;
/** A letter only Vietnamese writes (tone marks, ă, â, đ, ê, ô, ơ, ư). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** "tiếng Việt / English": both sides of the slash hold words. */
const bilingual = (text: string): boolean => VIETNAMESE.test(text) && / \/ \S/u.test(text);

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

/** The full help, as `--help` prints it (the footer is written after the generated part). */
function helpOf(command: Command): string {
  let text = "";
  command.configureOutput({ writeOut: (s) => (text += s) });
  command.outputHelp();
  return text;
}

const commands = everyCommand(buildProgram()).filter((c) => c.name() !== "help");

describe("the help template", () => {
  test("covers every command", () => {
    expect(commands.map(commandPath)).toEqual(
      expect.arrayContaining(["vanban", "render", "schema", "import", "check", "draft", "batch", "serve", "profile", "profile list", "profile show"]),
    );
  });

  for (const command of commands) {
    test(`${commandPath(command)}: bilingual description, options and arguments; examples; exit codes`, () => {
      const untranslated = [
        command.description(),
        ...command.options.map((o) => `${o.flags}: ${o.description}`),
        ...command.registeredArguments.map((a) => `${a.name()}: ${a.description}`),
      ].filter((line) => !bilingual(line));
      expect(untranslated).toEqual([]);

      const help = helpOf(command);
      for (const title of ["Cách dùng / Usage:", "Tùy chọn / Options:", "Ví dụ / Examples:", "Mã thoát / Exit codes:"]) expect(help).toContain(title);
      expect(help).toContain("-h, --help                ".slice(0, 10));
      expect(help).toContain("trợ giúp cho lệnh này / help for this command");
      const examples = help.split("Ví dụ / Examples:\n")[1]!.split("\n\n")[0]!.split("\n");
      expect(examples.length).toBeGreaterThanOrEqual(2);
      for (const line of examples) {
        expect(line).toMatch(/^ {2}(\S+=\S+ )?(vanban|cat|curl) /u);
        expect(bilingual(line.split("#")[1] ?? ""), line).toBe(true);
      }
      const codes = help.split("Mã thoát / Exit codes:\n")[1]!.split("\n\n")[0]!.split("\n");
      expect(codes.map((l) => Number(l.trim().split(/\s+/u)[0]))).toEqual(expect.arrayContaining([0, 1, 2]));
      for (const line of codes) expect(bilingual(line), line).toBe(true);
    });
  }

  test("the built CLI prints it (batch: its signal exit codes too)", () => {
    const r = spawnSync("node", [join(root, "bin/vanban.js"), "batch", "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng \/ Usage: vanban batch/u);
    expect(r.stdout).toMatch(/130 {2}dừng bởi Ctrl-C \(SIGINT\) \/ stopped by Ctrl-C/u);
  });
});
