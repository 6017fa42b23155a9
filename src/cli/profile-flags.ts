import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { ProfileChoice } from "../layout/load.js";
import { profileIdOfFile } from "../layout/registry.js";

/** The flags every command takes to choose a profile: `--profile ID`, `--layout FILE|DIR` (repeatable). */
export interface ProfileFlags {
  profile?: string;
  layout?: string[];
}

/** Commander's accumulator for a repeatable option. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Adds --layout (the caller's profile files or folders, repeatable) to a command. */
export function layoutOption(command: Command): Command {
  return command.option(
    "--layout <file|dir>",
    "hồ sơ của bạn: tệp hoặc thư mục tệp hồ sơ (ví dụ my-province.json, có thể \"extends\": \"union\") / your own profile file or folder of them (repeatable)",
    collect,
  );
}

/** Adds --profile and --layout to a command; `profileHelp` says what --profile means there. */
export function profileOptions(command: Command, profileHelp: string): Command {
  return layoutOption(command.option("--profile <id>", profileHelp));
}

/**
 * The profile choice the flags make. A single --layout FILE with no --profile means "use this
 * profile" (as `render --layout` always did); a folder only makes its profiles known.
 */
export function profileChoice(flags: ProfileFlags): ProfileChoice {
  const layouts = (flags.layout ?? []).map((p) => resolve(p));
  const choice: ProfileChoice = {};
  if (layouts.length) choice.layouts = layouts;
  if (flags.profile) choice.profile = flags.profile;
  else {
    const files = layouts.filter((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
    if (files.length === 1) choice.profile = profileIdOfFile(files[0]!);
  }
  return choice;
}
