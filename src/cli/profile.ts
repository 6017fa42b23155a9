import type { Command } from "commander";
import { explainProfile, type ExplainedValue } from "../layout/explain.js";
import { listProfiles } from "../layout/load.js";
import { describeError } from "../util/describe-error.js";
import { collect, profileChoice, type ProfileFlags } from "./profile-flags.js";

interface ShowFlags extends ProfileFlags {
  json?: boolean;
}

/**
 * One line per value: pointer, value, standing, source and the profile file that set it; the
 * notes of the standing entries follow once each, marked [n] where they apply.
 */
function formatRows(rows: readonly ExplainedValue[]): string {
  const width = Math.min(44, Math.max(...rows.map((r) => r.pointer.length)));
  const notes: string[] = [];
  const lines = rows.map((r) => {
    let mark = "";
    if (r.note) {
      const text = `${r.standingAt || "/"}: ${r.note}`;
      if (!notes.includes(text)) notes.push(text);
      mark = ` [${notes.indexOf(text) + 1}]`;
    }
    return `${r.pointer.padEnd(width)}  ${JSON.stringify(r.value)}  ${r.standing}: ${r.source}${mark}  (set by ${r.setBy})`;
  });
  return [...lines, "", ...notes.map((n, i) => `[${i + 1}] ${n}`)].join("\n");
}

export function registerProfile(program: Command): void {
  const profile = program.command("profile").description("Hồ sơ thể thức (layouts/) / the layout profiles");
  profile
    .command("list")
    .description("Liệt kê các hồ sơ / list the known profiles")
    .option("--layout <file|dir>", "your own profile file or folder (repeatable)", collect)
    .option("--json", "JSON output")
    .action((flags: ShowFlags) => {
      try {
        const list = listProfiles(profileChoice(flags));
        if (flags.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        else {
          for (const p of list) {
            const base = p.extends ? ` extends ${p.extends}` : "";
            process.stdout.write(`${p.id.padEnd(18)} ${p.family.padEnd(6)} ${p.variant.padEnd(16)} ${p.regulation}${base}${p.bundled ? "" : `  (${p.file})`}\n`);
          }
        }
      } catch (error) {
        process.stderr.write(`vanban profile: ${describeError(error)}\n`);
        process.exitCode = 1;
      }
    });
  profile
    .command("show")
    .description("In hồ sơ đã gộp, mỗi giá trị với mức xác nhận và nguồn / print the merged profile, each value with its standing and source")
    .argument("<id>", "profile id (nd30, union, party, party-2026, or your own)")
    .option("--layout <file|dir>", "your own profile file or folder (repeatable)", collect)
    .option("--json", "JSON output: { profile, values: [{ pointer, value, standing, source, note, setBy }] }")
    .action((id: string, flags: ShowFlags) => {
      try {
        const { profile: merged, values } = explainProfile(id, profileChoice({ ...flags, profile: id }));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ profile: merged, values }, null, 2)}\n`);
          return;
        }
        const chain = merged.extends ? ` (extends ${merged.extends})` : "";
        process.stdout.write(`${merged.id}${chain}: ${merged.family}, ${merged.variant}, ${merged.regulation.code} — ${merged.regulation.title}\n`);
        process.stdout.write(`standing: confirmed (the regulation's text) · observed (real documents) · reported (secondary sources) · conflicting · settled (chosen here)\n\n`);
        process.stdout.write(`${formatRows(values)}\n`);
      } catch (error) {
        process.stderr.write(`vanban profile: ${describeError(error)}\n`);
        process.exitCode = 1;
      }
    });
}
