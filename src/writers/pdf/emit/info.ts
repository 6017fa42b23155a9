import type { Pages } from "../../../layout/pages.js";
import { textString } from "./objects.js";

/** The Info entries: the page model's metadata (creationDate is the document's own day). */
export type InfoEntries = Pages["metadata"];

/** "2024-03-15" → "D:20240315000000Z"; the XMP twin is "2024-03-15T00:00:00Z". */
export const pdfDateOf = (day: string): string => `D:${day.slice(0, 4)}${day.slice(5, 7)}${day.slice(8, 10)}000000Z`;
export const xmpDateOf = (day: string): string => `${day.slice(0, 10)}T00:00:00Z`;

/** The Info dictionary; with `skipEmpty` (PDF/A) an empty text entry is left out rather than written "". */
export function infoDictionary(info: InfoEntries, skipEmpty: boolean): string {
  const entries: [string, string][] = [
    ["Title", info.title],
    ["Author", info.author],
    ["Subject", info.subject],
    ["Keywords", info.keywords],
    ["Creator", "vanban"],
    ["Producer", "vanban"],
  ];
  const text = entries.filter(([, v]) => !skipEmpty || v !== "").map(([k, v]) => `/${k} ${textString(v)}`);
  return `<<${text.join(" ")} /CreationDate (${pdfDateOf(info.creationDate)})>>`;
}

