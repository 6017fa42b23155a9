import type { Command } from "commander";

// Placeholder until the command lands; it says so instead of pretending to work.
export function registerBatch(program: Command): void {
  program
    .command("batch")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      process.stderr.write("vanban batch: chưa có / not implemented yet\n");
      process.exitCode = 2;
    });
}
