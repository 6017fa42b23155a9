import type { Command } from "commander";

// Placeholder until the command lands; it says so instead of pretending to work.
export function registerDraft(program: Command): void {
  program
    .command("draft")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      process.stderr.write("vanban draft: chưa có / not implemented yet\n");
      process.exitCode = 2;
    });
}
