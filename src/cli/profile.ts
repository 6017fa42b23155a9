import type { Command } from "commander";
import { explainProfile, type ExplainedValue } from "../layout/explain.js";
import { listProfiles } from "../layout/load.js";
import { failuresReported } from "./failure.js";
import { withHelp } from "./help.js";
import { printJson, ProfileListJson, ProfileShowJson } from "./json-output.js";
import { layoutOption, profileChoice, type ProfileFlags } from "./profile-flags.js";

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

const FAILED = { vi: "không đọc được hồ sơ, hoặc mã hồ sơ không có", en: "a profile cannot be read, or the id is unknown" };

export function registerProfile(program: Command): void {
  const profile = program.command("profile").description("Hồ sơ thể thức (layouts/) / the layout profiles");
  withHelp(profile, {
    examples: [
      { command: "vanban profile list", vi: "các hồ sơ có sẵn", en: "the known profiles" },
      { command: "vanban profile show union", vi: "hồ sơ đã gộp, từng giá trị", en: "the merged profile, value by value" },
    ],
    failed: FAILED,
  });
  const list = layoutOption(profile.command("list"))
    .description("Liệt kê các hồ sơ / list the known profiles")
    .option("--json", "kết quả JSON / as JSON: { profiles: [{ id, family, variant, regulation, file, bundled }] }");
  withHelp(list, {
    examples: [
      { command: "vanban profile list", vi: "bảng các hồ sơ", en: "a table of the profiles" },
      { command: "vanban profile list --layout layouts-tinh/ --json", vi: "cả hồ sơ của bạn, dạng JSON", en: "your profiles too, as JSON" },
    ],
    failed: FAILED,
  }).action((flags: ShowFlags) =>
    failuresReported("profile list", flags.json, () => {
      const profiles = listProfiles(profileChoice(flags));
      if (flags.json) {
        printJson(ProfileListJson, { command: "profile list", ok: true, exitCode: 0, errors: [], profiles });
        return;
      }
      for (const p of profiles) {
        const base = p.extends ? ` extends ${p.extends}` : "";
        process.stdout.write(`${p.id.padEnd(18)} ${p.family.padEnd(6)} ${p.variant.padEnd(16)} ${p.regulation}${base}${p.bundled ? "" : `  (${p.file})`}\n`);
      }
    }),
  );
  const show = layoutOption(profile.command("show"))
    .description("In hồ sơ đã gộp, mỗi giá trị với mức xác nhận và nguồn / print the merged profile, each value with its standing and source")
    .argument("<id>", "mã hồ sơ / profile id (nd30, union, party, party-2026, or your own)")
    .option("--json", "kết quả JSON / as JSON: { profile, values: [{ pointer, value, standing, source, note, setBy }] }");
  withHelp(show, {
    examples: [
      { command: "vanban profile show party-2026", vi: "từng giá trị, mức xác nhận và nguồn", en: "each value, its standing and source" },
      { command: "vanban profile show my-province --layout my-province.json --json", vi: "hồ sơ của bạn, dạng JSON", en: "your profile, as JSON" },
    ],
    failed: FAILED,
  }).action((id: string, flags: ShowFlags) =>
    failuresReported("profile show", flags.json, () => {
      const { profile: merged, values } = explainProfile(id, profileChoice({ ...flags, profile: id }));
      if (flags.json) {
        printJson(ProfileShowJson, { command: "profile show", ok: true, exitCode: 0, errors: [], profile: merged as unknown as Record<string, unknown>, values });
        return;
      }
      const chain = merged.extends ? ` (extends ${merged.extends})` : "";
      process.stdout.write(`${merged.id}${chain}: ${merged.family}, ${merged.variant}, ${merged.regulation.code} — ${merged.regulation.title}\n`);
      process.stdout.write(`mức xác nhận / standing: confirmed (văn bản quy định / the regulation's text) · observed (văn bản thật / real documents) · reported (nguồn thứ cấp / secondary sources) · conflicting (mâu thuẫn) · settled (chọn ở đây / chosen here)\n\n`);
      process.stdout.write(`${formatRows(values)}\n`);
    }),
  );
}
