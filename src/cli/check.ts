import type { Command } from "commander";

// Placeholder until the command lands; it says so instead of pretending to work.
export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      process.stderr.write("vanban check: chưa có / not implemented yet\n");
      process.exitCode = 2;
    });
}
