// The one help template of the command line: every line in Vietnamese and English, and every
// command's help ends with its examples and exit codes. Built on commander's public Help API.
import { Help, type Command, type Option } from "commander";
import { EXIT } from "./cli-error.js";

/** One line of help in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface Example extends Bilingual {
  /** The command line, as typed. */
  command: string;
}

export interface CommandHelp {
  examples: readonly Example[];
  /** What exit code 1 means for this command (0 and 2 are the same everywhere). */
  failed: Bilingual;
  /** Exit codes of its own (batch: 130, 143). */
  moreExitCodes?: readonly (Bilingual & { code: number })[];
  /** Paragraphs that explain more (outputs, files), each line bilingual already. */
  notes?: string;
}

/** Commander's headings, in both languages. */
const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng / Usage:",
  "Arguments:": "Đối số / Arguments:",
  "Options:": "Tùy chọn / Options:",
  "Commands:": "Lệnh / Commands:",
  "Global Options:": "Tùy chọn chung / Global options:",
};

/** Applied once on the program before its commands are added: they inherit it. */
export function bilingualHelpSettings(program: Command): Command {
  return program
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      optionDescription(option: Option): string {
        return Help.prototype.optionDescription.call(this, option).replace("(default:", "(mặc định / default:");
      },
    })
    .helpOption("-h, --help", "trợ giúp cho lệnh này / help for this command")
    .helpCommand("help [command]", "trợ giúp cho một lệnh / help for a command");
}

const JSON_EXIT = {
  vi: "Với --json: một đối tượng JSON trên stdout, cả khi lỗi (ok, exitCode, errors: [{ path, vi, en }]).",
  en: "With --json: one JSON object on stdout, errors included (ok, exitCode, errors: [{ path, vi, en }]).",
};

/** The examples and exit codes of a command, after its options. */
export function helpFooter(help: CommandHelp, json: Bilingual = JSON_EXIT): string {
  const width = Math.max(...help.examples.map((e) => e.command.length));
  const examples = help.examples.map((e) => `  ${e.command.padEnd(width)}  # ${e.vi} / ${e.en}`);
  const codes: (Bilingual & { code: number })[] = [
    { code: EXIT.ok, vi: "xong, không có lỗi", en: "done" },
    { code: EXIT.failed, ...help.failed },
    { code: EXIT.usage, vi: "dòng lệnh sai (tùy chọn, đối số): không đọc, không ghi gì", en: "the command line is wrong (an option, an argument): nothing read or written" },
    ...(help.moreExitCodes ?? []),
  ];
  return [
    ...(help.notes ? ["", help.notes.trim()] : []),
    "",
    "Ví dụ / Examples:",
    ...examples,
    "",
    "Mã thoát / Exit codes:",
    ...codes.map((c) => `  ${String(c.code).padStart(3)}  ${c.vi} / ${c.en}`),
    "",
    `${json.vi}`,
    `${json.en}`,
  ].join("\n");
}

/** Adds the footer to a command's help. */
export function withHelp(command: Command, help: CommandHelp, json?: Bilingual): Command {
  return command.addHelpText("after", `${helpFooter(help, json)}\n`);
}
