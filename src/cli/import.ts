import type { Command } from "commander";

// Placeholder until the command lands; it says so instead of pretending to work.
export function registerImport(program: Command): void {
  program
    .command("import")
    .description("(not available yet)")
    .allowUnknownOption()
    .action(() => {
      process.stderr.write("vanban import: chưa có / not implemented yet\n");
      process.exitCode = 2;
    });
}
