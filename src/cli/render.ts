import type { Command } from "commander";

export function registerRender(program: Command): void {
  program.command("render").description("(not available yet)").action(() => {
    process.exitCode = 2;
  });
}
export function registerSchema(program: Command): void {
  program.command("schema").description("(not available yet)").action(() => {
    process.exitCode = 2;
  });
}
